package dev.berth.server.dashboard;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The dashboard's files served as berth serve serves them, in front of canned API answers
 * (src/test/resources/dashboard-fixture) whose names, labels, log lines and errors are markup.
 * Only the token it hands out opens the API, so a page that forgets the Bearer header fails.
 */
final class DashboardFixture implements AutoCloseable {
    static final String USER = "admin";
    static final String PASSWORD = "fixture-password";
    static final String TOKEN = "fixture-token";

    /** Requests with a body, as "METHOD path body", for tests to check what the pages sent. */
    final List<String> received = new CopyOnWriteArrayList<>();
    private final Javalin app;

    DashboardFixture() {
        app = Javalin.create(config -> {
            config.staticFiles.add("/dashboard", Location.CLASSPATH);
            config.routes.post("/api/v1/session", ctx -> {
                if (ctx.body().contains("\"" + PASSWORD + "\"")) {
                    json(ctx, 200, "{\"token\": \"" + TOKEN + "\", \"user\": {\"name\": \"admin\"}}");
                } else {
                    json(ctx, 401, "{\"error\": {\"status\": 401, \"message\": \"wrong user or password\"}}");
                }
            });
            config.routes.get("/api/v1/me", signedIn(ctx -> json(ctx, 200,
                    "{\"name\": \"admin\", \"role\": \"admin\", \"team\": \"<b>ops</b>\"}")));
            config.routes.get("/api/v1/environments", signedIn(ctx -> file(ctx, 200, "environments.json")));
            config.routes.get("/api/v1/environments/{name}", signedIn(ctx -> file(ctx, 200, "environment.json")));
            config.routes.get("/api/v1/environments/{name}/logs", signedIn(ctx -> stream(ctx, "logs.txt")));
            config.routes.post("/api/v1/environments/{name}/plan", signedIn(ctx -> json(ctx, 200,
                    "{\"creates\": [\"<i>store</i>\"], \"updates\": [], \"removes\": [], \"admission\": \"fits\"}")));
            config.routes.put("/api/v1/environments/{name}", signedIn(ctx -> {
                if (ctx.pathParam("name").equals("dash-invalid")) {
                    file(ctx, 400, "invalid.json");
                } else {
                    json(ctx, 202, "{\"job\": {\"id\": \"job-1\", \"kind\": \"up\"}}");
                }
            }));
            config.routes.post("/api/v1/environments/{name}/extend", signedIn(ctx -> file(ctx, 200, "environment.json")));
            config.routes.get("/api/v1/jobs", signedIn(ctx -> json(ctx, 200, "[]")));
            config.routes.get("/api/v1/jobs/{id}", signedIn(ctx -> file(ctx, 200, "job.json")));
            config.routes.get("/api/v1/jobs/{id}/events", signedIn(ctx -> stream(ctx, "job-events.txt")));
            config.routes.get("/api/v1/cluster/nodes", signedIn(ctx -> file(ctx, 200, "nodes.json")));
        }).start("127.0.0.1", 0);
    }

    String url() {
        return "http://127.0.0.1:" + app.port() + "/";
    }

    private Handler signedIn(Handler handler) {
        return ctx -> {
            if (!("Bearer " + TOKEN).equals(ctx.header("Authorization"))) {
                json(ctx, 401, "{\"error\": {\"status\": 401, \"message\": \"sign in first\"}}");
                return;
            }
            if (!ctx.body().isEmpty()) {
                received.add(ctx.method() + " " + ctx.path() + " " + ctx.body());
            }
            handler.handle(ctx);
        };
    }

    private static void json(Context ctx, int status, String body) {
        ctx.status(status).contentType("application/json").result(body);
    }

    private static void file(Context ctx, int status, String name) {
        json(ctx, status, read(name));
    }

    // A finished text/event-stream: the page reads its events, then sees the stream end.
    private static void stream(Context ctx, String name) {
        ctx.status(200).contentType("text/event-stream").result(read(name));
    }

    private static String read(String name) {
        try (InputStream in = DashboardFixture.class.getResourceAsStream("/dashboard-fixture/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
