package dev.berth.server.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Users and their teams. A team exists once a user is in it. */
public final class UserStore {

    private final Sql sql;

    public UserStore(Database db) {
        this.sql = new Sql(db);
    }

    /** Creates the user (and its team when new); false when the name is taken. */
    public synchronized boolean create(String name, String role, String team, String passwordHash) {
        if (find(name).isPresent()) {
            return false;
        }
        if (sql.query("SELECT name FROM teams WHERE name = ?", rs -> rs.getString(1), team).isEmpty()) {
            sql.update("INSERT INTO teams (name, created) VALUES (?, ?)", team, Instant.now());
        }
        sql.update("INSERT INTO users (name, role, team, password_hash, created) VALUES (?, ?, ?, ?, ?)",
                name, role, team, passwordHash, Instant.now());
        return true;
    }

    public Optional<User> find(String name) {
        return sql.query("SELECT name, role, team, created FROM users WHERE name = ?", UserStore::user, name)
                .stream().findFirst();
    }

    public List<User> list() {
        return sql.query("SELECT name, role, team, created FROM users ORDER BY name", UserStore::user);
    }

    public int count() {
        return sql.query("SELECT COUNT(*) FROM users", rs -> rs.getInt(1)).get(0);
    }

    /** The stored password hash, or empty when the user has no password (token only) or does not exist. */
    public Optional<String> passwordHash(String name) {
        return sql.query("SELECT password_hash FROM users WHERE name = ?", rs -> rs.getString(1), name)
                .stream().filter(h -> h != null).findFirst();
    }

    static User user(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new User(rs.getString("name"), rs.getString("role"), rs.getString("team"), Sql.instant(rs, "created"));
    }
}
