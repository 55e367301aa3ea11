package dev.berth.server.auth;

import dev.berth.server.store.TokenStore;
import dev.berth.server.store.User;
import dev.berth.server.store.UserStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Who a request is: a Bearer token (API or session) looked up by its SHA-256. Failures count
 * against the remote address; past the limit the address gets 429 until the window moves on.
 */
public final class Authenticator {

    public static final Duration SESSION_LIFETIME = Duration.ofHours(12);
    public static final String FIRST_ADMIN = "admin";
    public static final String FIRST_TEAM = "admins";

    private final UserStore users;
    private final TokenStore tokens;
    private final FailedAuthLimit limit;

    public Authenticator(UserStore users, TokenStore tokens, FailedAuthLimit limit) {
        this.users = users;
        this.tokens = tokens;
        this.limit = limit;
    }

    public Principal authenticate(String authorization, String remote) {
        Instant now = Instant.now();
        refuseIfLimited(remote, now);
        if (authorization == null || authorization.isBlank()) {
            throw fail(remote, now, "authentication required: send 'Authorization: Bearer <token>'");
        }
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw fail(remote, now, "the Authorization header must be 'Bearer <token>'");
        }
        String token = authorization.substring(7).trim();
        Optional<User> user = tokens.userOf(Tokens.sha256(token), now);
        if (user.isEmpty()) {
            throw fail(remote, now, "the token is unknown, revoked or expired");
        }
        return principal(user.get());
    }

    /** Signs in with a password; returns a session token that expires after {@link #SESSION_LIFETIME}. */
    public SignedIn signIn(String name, String password, String remote) {
        Instant now = Instant.now();
        refuseIfLimited(remote, now);
        Optional<String> hash = name == null ? Optional.empty() : users.passwordHash(name);
        if (password == null || hash.isEmpty() || !Passwords.matches(password, hash.get())) {
            throw fail(remote, now, "wrong user name or password");
        }
        User user = users.find(name).orElseThrow();
        String token = Tokens.generate();
        tokens.create(Tokens.id(), name, Tokens.sha256(token), "session", "sign-in", now.plus(SESSION_LIFETIME));
        return new SignedIn(token, principal(user));
    }

    public record SignedIn(String token, Principal user) {
    }

    /** Makes an API token for a user; the token is returned once and stored only as its hash. */
    public IssuedToken issue(String user, String description) {
        String token = Tokens.generate();
        String id = Tokens.id();
        tokens.create(id, user, Tokens.sha256(token), "api", description, null);
        return new IssuedToken(id, token);
    }

    public record IssuedToken(String id, String token) {
    }

    /**
     * On an empty database: creates the first admin (user {@value #FIRST_ADMIN}, team
     * {@value #FIRST_TEAM}) with {@code givenToken}, or a new token. Returns the token when one
     * was made here, to be shown once; empty when there were users already.
     */
    public Optional<String> bootstrap(String givenToken) {
        if (users.count() > 0) {
            if (givenToken != null && tokens.userOf(Tokens.sha256(givenToken), Instant.now()).isEmpty()) {
                // The given token is made to work, so that a test or a script that sets it can always sign in.
                users.find(FIRST_ADMIN).ifPresent(u -> tokens.create(Tokens.id(), u.name(), Tokens.sha256(givenToken),
                        "api", "BERTH_ADMIN_TOKEN", null));
            }
            return Optional.empty();
        }
        users.create(FIRST_ADMIN, Role.admin.name(), FIRST_TEAM, null);
        String token = givenToken != null ? givenToken : Tokens.generate();
        tokens.create(Tokens.id(), FIRST_ADMIN, Tokens.sha256(token), "api",
                givenToken != null ? "BERTH_ADMIN_TOKEN" : "first admin", null);
        return givenToken != null ? Optional.empty() : Optional.of(token);
    }

    private void refuseIfLimited(String remote, Instant now) {
        long wait = limit.retryAfter(remote, now);
        if (wait > 0) {
            throw new AuthFailure(429, "too many failed authentications from " + remote + "; try again in " + wait
                    + " s", wait);
        }
    }

    private AuthFailure fail(String remote, Instant now, String message) {
        limit.failed(remote, now);
        return new AuthFailure(401, message, 0);
    }

    static Principal principal(User user) {
        return new Principal(user.name(), Role.parse(user.role()), user.team());
    }
}
