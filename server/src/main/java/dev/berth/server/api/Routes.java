package dev.berth.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;

/**
 * Every route of the API, registered here and listed (so a test can hold the OpenAPI document
 * to them). The order of the handlers reads as the API: health and documentation, users and
 * sessions, environments, jobs, the cluster, the audit log.
 */
public final class Routes {

    public static final String BASE = "/api/v1";

    /** One endpoint: method and path as the OpenAPI document spells them. */
    public record Route(String method, String path) {
    }

    private final RoutesConfig routes;
    private final List<Route> listed = new ArrayList<>();

    private Routes(RoutesConfig routes) {
        this.routes = routes;
    }

    /**
     * Registers everything on Javalin's routes; returns the list of endpoints. Uploads a previous
     * run left are removed first: the jobs that needed them are interrupted.
     */
    public static List<Route> register(RoutesConfig config, ApiContext api) {
        ProjectUpload.clearLeftovers(api.uploads());
        Routes r = new Routes(config);
        Guard guard = new Guard(api);
        config.before(guard::before);
        config.after(guard::after);
        Errors.register(config);
        OpenApiDocument doc = new OpenApiDocument();
        r.add(HandlerType.GET, "/health", ctx -> ctx.json(java.util.Map.of("status", "ok")));
        r.add(HandlerType.GET, "/openapi.json", doc::serve);
        new UserRoutes(api).register(r);
        new EnvironmentRoutes(api).register(r);
        new JobRoutes(api).register(r);
        new ClusterRoutes(api).register(r);
        return List.copyOf(r.listed);
    }

    void add(HandlerType method, String path, Handler handler) {
        routes.addHttpHandler(method, BASE + path, handler);
        listed.add(new Route(method.name().toLowerCase(), BASE + path));
    }
}
