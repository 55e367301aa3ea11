package dev.berth.server.store;

import java.time.Instant;
import java.util.List;

/** Every mutating request: who, what, when, from where, and how it ended. */
public final class AuditLog {

    public record Entry(long id, Instant time, String user, String remote, String method, String path, int status,
                        String result) {
    }

    private final Sql sql;

    public AuditLog(Database db) {
        this.sql = new Sql(db);
    }

    public void append(String user, String remote, String method, String path, int status, String result) {
        sql.update("INSERT INTO audit (at, user_name, remote, method, path, status, result) VALUES (?, ?, ?, ?, ?, ?, ?)",
                Instant.now(), user, remote, method, truncate(path, 500), status, truncate(result, 1000));
    }

    /** The newest entries first. */
    public List<Entry> recent(int limit) {
        return sql.query("SELECT id, at, user_name, remote, method, path, status, result FROM audit"
                        + " ORDER BY id DESC LIMIT ?", rs -> new Entry(rs.getLong("id"), Sql.instant(rs, "at"),
                        rs.getString("user_name"), rs.getString("remote"), rs.getString("method"), rs.getString("path"),
                        rs.getInt("status"), rs.getString("result")), limit);
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
