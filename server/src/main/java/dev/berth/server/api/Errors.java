package dev.berth.server.api;

import dev.berth.compose.problem.ComposeException;
import dev.berth.server.auth.AuthFailure;
import dev.berth.server.job.JobRunner;
import dev.berth.swarm.client.EngineUnreachableException;
import dev.berth.swarm.lock.LockTimeoutException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/** Every failure of a request becomes {@code {"error": …}} with its status; nothing leaks a stack trace. */
final class Errors {

    static final String AUDIT_RESULT = "berth.audit.result";

    private Errors() {
    }

    static void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> send(ctx, e.status(), e.getMessage(), e.problems()));
        routes.exception(ComposeException.class, (e, ctx) -> {
            int n = e.problems().size();
            send(ctx, 400, "the project is invalid (" + n + (n == 1 ? " problem)" : " problems)"), e.problems());
        });
        routes.exception(AuthFailure.class, (e, ctx) -> {
            if (e.status() == 429) {
                ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
            } else {
                ctx.header("WWW-Authenticate", "Bearer");
            }
            send(ctx, e.status(), e.getMessage(), List.of());
        });
        routes.exception(JobRunner.Busy.class, (e, ctx) -> send(ctx, 409, e.getMessage(), List.of()));
        // The server stands between the client and the engines: one it cannot reach is a bad gateway.
        routes.exception(EngineUnreachableException.class, (e, ctx) -> send(ctx, 502, e.getMessage(), List.of()));
        routes.exception(LockTimeoutException.class, (e, ctx) -> send(ctx, 409, e.getMessage(), List.of()));
        routes.exception(JobRunner.Full.class, (e, ctx) -> send(ctx, 503, e.getMessage(), List.of()));
        routes.exception(Exception.class, (e, ctx) -> send(ctx, 500,
                e.getMessage() == null ? e.toString() : e.getMessage(), List.of()));
        routes.error(404, ctx -> {
            if (ctx.attribute(AUDIT_RESULT) == null) {
                send(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path(), List.of());
            }
        });
    }

    static void send(Context ctx, int status, String message, List<dev.berth.compose.problem.Problem> problems) {
        ctx.attribute(AUDIT_RESULT, message);
        ctx.status(status).json(ErrorBody.of(status, message, problems));
    }
}
