package dev.berth.server.api;

import dev.berth.engine.EnvironmentName;
import dev.berth.swarm.deploy.EnvironmentArtifacts;
import io.javalin.http.Context;

/**
 * The artifacts an environment runs, read from its services' labels as {@code berth artifacts NAME}
 * reads them, with what the server's artifact store (where its {@code up} compiles) holds of them.
 */
final class ArtifactRoutes {

    private final ApiContext api;

    ArtifactRoutes(ApiContext api) {
        this.api = api;
    }

    /** An environment that is not there, or runs no module, is a 404 that says which. */
    void artifacts(Context ctx) {
        EnvironmentName env = EnvironmentRoutes.name(ctx);
        Guard.principal(ctx);
        if (api.cache().environment(env.value()).isEmpty()) {
            throw ApiException.notFound("environment " + env + " does not exist (berth ls lists them)");
        }
        try {
            ctx.json(new EnvironmentArtifacts(api.cluster().manager(), api.cluster().preparation().store()).of(env));
        } catch (EnvironmentArtifacts.NotFound e) {
            throw ApiException.notFound(e.getMessage());
        }
    }
}
