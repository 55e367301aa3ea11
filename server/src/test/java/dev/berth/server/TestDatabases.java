package dev.berth.server;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The databases tests run on: the embedded H2 in a temporary directory, and PostgreSQL when
 * {@code BERTH_TEST_POSTGRES_URL} is exported ({@code scripts/postgres up} prints it; scripts/test
 * exports it). Each PostgreSQL test gets a schema of its own.
 */
public final class TestDatabases {

    public static final String POSTGRES_VARIABLE = "BERTH_TEST_POSTGRES_URL";

    private TestDatabases() {
    }

    public static String h2(Path dir) {
        return dev.berth.server.store.Database.embeddedUrl(dir);
    }

    public static String postgres() {
        String base = System.getenv(POSTGRES_VARIABLE);
        if (base == null || base.isBlank()) {
            throw new IllegalStateException(POSTGRES_VARIABLE + " is not set: run 'eval \"$(scripts/postgres env)\"'");
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach PostgreSQL at " + base + ": " + e.getMessage(), e);
        }
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
