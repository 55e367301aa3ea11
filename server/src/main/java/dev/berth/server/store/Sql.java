package dev.berth.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Small JDBC steps the repositories share: bind, query into records, update. */
final class Sql {

    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final Database db;

    Sql(Database db) {
        this.db = db;
    }

    <T> List<T> query(String sql, Row<T> row, Object... args) {
        try (Connection c = db.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            try (ResultSet rs = s.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row.read(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    int update(String sql, Object... args) {
        try (Connection c = db.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private static void bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof Instant t) {
                s.setObject(i + 1, t.atOffset(ZoneOffset.UTC));
            } else if (a == null) {
                s.setNull(i + 1, java.sql.Types.NULL);
            } else {
                s.setObject(i + 1, a);
            }
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** A failure of the database itself, never of the caller's input. */
    static final class StoreException extends RuntimeException {
        StoreException(SQLException e) {
            super("database: " + e.getMessage(), e);
        }
    }
}
