package dev.berth.server.api;

import dev.berth.engine.EnvironmentName;
import dev.berth.swarm.deploy.PublishedAddresses;
import io.javalin.http.Context;

/** Where a service answers on its published ports, read from the cluster as {@code berth port} reads it. */
final class PortRoutes {

    private final ApiContext api;

    PortRoutes(ApiContext api) {
        this.api = api;
    }

    /** {@code ?port=80} or {@code ?port=53/udp}: only that target port; an unknown service or port is a 404. */
    void ports(Context ctx) {
        EnvironmentName env = EnvironmentRoutes.name(ctx);
        Guard.principal(ctx);
        String port = ctx.queryParam("port");
        if (port != null && !port.matches("\\d{1,5}(/(tcp|udp|sctp))?")) {
            throw ApiException.badRequest("port: expected PORT or PORT/PROTOCOL such as 80 or 53/udp, found \""
                    + port + "\"");
        }
        if (api.cache().environment(env.value()).isEmpty()) {
            throw ApiException.notFound("no environment " + env);
        }
        try {
            ctx.json(new PublishedAddresses(api.cluster().manager()).of(env, ctx.pathParam("service"), port));
        } catch (PublishedAddresses.NotFound e) {
            throw ApiException.notFound(e.getMessage());
        }
    }
}
