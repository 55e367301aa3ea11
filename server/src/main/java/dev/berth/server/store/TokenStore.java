package dev.berth.server.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Tokens by their SHA-256; the token itself is never stored. */
public final class TokenStore {

    /** A token as listed: never its value. */
    public record Token(String id, String user, String kind, String description, Instant created, Instant expires) {
    }

    private final Sql sql;

    public TokenStore(Database db) {
        this.sql = new Sql(db);
    }

    public void create(String id, String user, String hash, String kind, String description, Instant expires) {
        sql.update("INSERT INTO tokens (id, user_name, token_hash, kind, description, created, expires)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", id, user, hash, kind, description, Instant.now(), expires);
    }

    /** The user a token hash belongs to, when the token exists and has not expired. */
    public Optional<User> userOf(String hash, Instant now) {
        return sql.query("SELECT u.name, u.role, u.team, u.created, t.expires FROM tokens t"
                        + " JOIN users u ON u.name = t.user_name WHERE t.token_hash = ?",
                rs -> {
                    Instant expires = Sql.instant(rs, "expires");
                    return expires != null && !expires.isAfter(now) ? null : UserStore.user(rs);
                }, hash).stream().filter(u -> u != null).findFirst();
    }

    public List<Token> list(String user) {
        return sql.query("SELECT id, user_name, kind, description, created, expires FROM tokens WHERE user_name = ?"
                + " ORDER BY created", rs -> new Token(rs.getString("id"), rs.getString("user_name"),
                rs.getString("kind"), rs.getString("description"), Sql.instant(rs, "created"),
                Sql.instant(rs, "expires")), user);
    }

    public Optional<Token> find(String id) {
        return sql.query("SELECT id, user_name, kind, description, created, expires FROM tokens WHERE id = ?",
                rs -> new Token(rs.getString("id"), rs.getString("user_name"), rs.getString("kind"),
                        rs.getString("description"), Sql.instant(rs, "created"), Sql.instant(rs, "expires")), id)
                .stream().findFirst();
    }

    public boolean delete(String id) {
        return sql.update("DELETE FROM tokens WHERE id = ?", id) > 0;
    }
}
