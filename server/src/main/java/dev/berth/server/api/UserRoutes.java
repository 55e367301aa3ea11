package dev.berth.server.api;

import dev.berth.server.auth.Authenticator;
import dev.berth.server.auth.Passwords;
import dev.berth.server.auth.Principal;
import dev.berth.server.auth.Role;
import dev.berth.server.store.TokenStore;
import dev.berth.server.store.User;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Map;
import java.util.regex.Pattern;

/** Sign-in, the current user, and (for admins) users, their tokens and the audit log. */
final class UserRoutes {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,62}");

    record SignIn(String user, String password) {
    }

    record NewUser(String name, String role, String team, String password) {
    }

    record NewToken(String description) {
    }

    record UserJson(String name, String role, String team, String created) {
        static UserJson of(User u) {
            return new UserJson(u.name(), u.role(), u.team(), u.created() == null ? null : u.created().toString());
        }

        static UserJson of(Principal p) {
            return new UserJson(p.name(), p.role().name(), p.team(), null);
        }
    }

    private final ApiContext api;

    UserRoutes(ApiContext api) {
        this.api = api;
    }

    void register(Routes r) {
        r.add(HandlerType.POST, "/session", this::signIn);
        r.add(HandlerType.GET, "/me", ctx -> ctx.json(UserJson.of(Guard.principal(ctx))));
        r.add(HandlerType.GET, "/users", ctx -> {
            Guard.admin(ctx);
            ctx.json(api.users().list().stream().map(UserJson::of).toList());
        });
        r.add(HandlerType.POST, "/users", this::createUser);
        r.add(HandlerType.GET, "/users/{name}/tokens", this::listTokens);
        r.add(HandlerType.POST, "/users/{name}/tokens", this::createToken);
        r.add(HandlerType.DELETE, "/tokens/{id}", this::deleteToken);
        r.add(HandlerType.GET, "/audit", ctx -> {
            Guard.admin(ctx);
            int limit = Queries.integer(ctx, "limit", 200, 1, 10_000);
            ctx.json(api.audit().recent(limit));
        });
    }

    private void signIn(Context ctx) {
        SignIn body = Bodies.read(api.json(), ctx, SignIn.class);
        Authenticator.SignedIn in = api.auth().signIn(body.user(), body.password(), ctx.ip());
        Guard.setPrincipal(ctx, in.user());
        ctx.json(Map.of("token", in.token(), "user", UserJson.of(in.user())));
    }

    private void createUser(Context ctx) {
        Guard.admin(ctx);
        NewUser body = Bodies.read(api.json(), ctx, NewUser.class);
        if (body.name() == null || !NAME.matcher(body.name()).matches()) {
            throw ApiException.badRequest("user name \"" + body.name() + "\" is invalid: use 1 to 63 lower-case"
                    + " letters, digits, '.', '_' and '-', starting with a letter or digit");
        }
        if (body.team() == null || !NAME.matcher(body.team()).matches()) {
            throw ApiException.badRequest("team \"" + body.team() + "\" is invalid: use 1 to 63 lower-case letters,"
                    + " digits, '.', '_' and '-'");
        }
        Role role;
        try {
            role = Role.parse(body.role() == null ? "member" : body.role());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        if (body.password() != null && body.password().length() < 10) {
            throw ApiException.badRequest("the password is too short: use at least 10 characters");
        }
        String hash = body.password() == null ? null : Passwords.hash(body.password());
        if (!api.users().create(body.name(), role.name(), body.team(), hash)) {
            throw new ApiException(409, "user " + body.name() + " exists already");
        }
        ctx.attribute(Errors.AUDIT_RESULT, "created user " + body.name() + " (" + role + " in " + body.team() + ")");
        ctx.status(201).json(UserJson.of(api.users().find(body.name()).orElseThrow()));
    }

    /** Admins for anyone; a user for themself. */
    private String userItself(Context ctx) {
        Principal who = Guard.principal(ctx);
        String name = ctx.pathParam("name");
        if (!who.admin() && !who.name().equals(name)) {
            throw ApiException.forbidden("only admins may manage the tokens of other users");
        }
        if (api.users().find(name).isEmpty()) {
            throw ApiException.notFound("no user " + name);
        }
        return name;
    }

    private void listTokens(Context ctx) {
        ctx.json(api.tokens().list(userItself(ctx)));
    }

    private void createToken(Context ctx) {
        String name = userItself(ctx);
        NewToken body = ctx.bodyAsBytes().length == 0 ? new NewToken(null) : Bodies.read(api.json(), ctx, NewToken.class);
        if (body.description() != null && body.description().length() > 200) {
            throw ApiException.badRequest("the token's description is too long: " + body.description().length()
                    + " characters, at most 200");
        }
        Authenticator.IssuedToken issued = api.auth().issue(name, body.description());
        ctx.attribute(Errors.AUDIT_RESULT, "token " + issued.id() + " made for " + name);
        ctx.status(201).json(Map.of("id", issued.id(), "token", issued.token(), "user", name));
    }

    private void deleteToken(Context ctx) {
        Principal who = Guard.principal(ctx);
        String id = ctx.pathParam("id");
        TokenStore.Token token = api.tokens().find(id).orElseThrow(() -> ApiException.notFound("no token " + id));
        if (!who.admin() && !who.name().equals(token.user())) {
            throw ApiException.forbidden("only admins may revoke the tokens of other users");
        }
        api.tokens().delete(id);
        ctx.attribute(Errors.AUDIT_RESULT, "token " + id + " of " + token.user() + " revoked");
        ctx.status(204);
    }
}
