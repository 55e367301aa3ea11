package dev.berth.server.api;

import dev.berth.server.auth.Principal;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Set;

/**
 * Authenticates every API request except the few that are open, and writes every mutating
 * request (and every sign-in) to the audit log with its outcome.
 */
final class Guard {

    private static final String PRINCIPAL = "berth.principal";
    private static final Set<String> OPEN = Set.of(Routes.BASE + "/health", Routes.BASE + "/openapi.json",
            Routes.BASE + "/session");
    private static final Set<HandlerType> MUTATING = Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.DELETE,
            HandlerType.PATCH);

    private final ApiContext api;

    Guard(ApiContext api) {
        this.api = api;
    }

    void before(Context ctx) {
        if (!ctx.path().startsWith(Routes.BASE + "/") || OPEN.contains(ctx.path())) {
            return;
        }
        if (ctx.method() == HandlerType.OPTIONS) {
            return;
        }
        ctx.attribute(PRINCIPAL, api.auth().authenticate(ctx.header("Authorization"), ctx.ip()));
    }

    void after(Context ctx) {
        if (!ctx.path().startsWith(Routes.BASE + "/") || !MUTATING.contains(ctx.method())) {
            return;
        }
        Principal who = ctx.attribute(PRINCIPAL);
        String result = ctx.attribute(Errors.AUDIT_RESULT);
        int status = ctx.statusCode();
        api.audit().append(who == null ? null : who.name(), ctx.ip(), ctx.method().name(), ctx.path(), status,
                result != null ? result : status < 400 ? "ok" : "refused");
    }

    static Principal principal(Context ctx) {
        Principal p = ctx.attribute(PRINCIPAL);
        if (p == null) {
            throw new IllegalStateException("no authenticated user on " + ctx.path());
        }
        return p;
    }

    static void setPrincipal(Context ctx, Principal p) {
        ctx.attribute(PRINCIPAL, p);
    }

    /** Members and admins: what creates something on the cluster, such as the doctor's probe services. */
    static Principal member(Context ctx, String what) {
        Principal p = principal(ctx);
        if (p.role() == dev.berth.server.auth.Role.viewer) {
            throw ApiException.forbidden(what + " needs a member or an admin; " + p.name() + " is a viewer");
        }
        return p;
    }

    static Principal admin(Context ctx) {
        Principal p = principal(ctx);
        if (!p.admin()) {
            throw ApiException.forbidden("only admins may do this; " + p.name() + " is a " + p.role());
        }
        return p;
    }
}
