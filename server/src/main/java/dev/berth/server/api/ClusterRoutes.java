package dev.berth.server.api;

import dev.berth.server.cluster.NodeView;
import io.javalin.http.HandlerType;

/** The cluster's nodes from the cached view; doctor and gc where Berth has them. */
final class ClusterRoutes {

    private final ApiContext api;

    ClusterRoutes(ApiContext api) {
        this.api = api;
    }

    void register(Routes r) {
        r.add(HandlerType.GET, "/cluster/nodes", ctx -> {
            Guard.principal(ctx);
            ctx.json(NodeView.of(api.cache().snapshot()));
        });
        r.add(HandlerType.GET, "/cluster/doctor", ctx -> {
            Guard.principal(ctx);
            throw ApiException.notImplemented("cluster checks (berth cluster doctor) are not in this Berth server yet");
        });
        r.add(HandlerType.POST, "/gc", ctx -> {
            Guard.admin(ctx);
            throw ApiException.notImplemented("garbage collection (berth gc) is not in this Berth server yet");
        });
    }
}
