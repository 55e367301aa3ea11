package dev.berth.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The server's database: an embedded H2 file in the data directory, or any JDBC URL
 * (PostgreSQL where a team runs the server). Its schema is migrated on open, by version.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource pool;
    private final String url;

    private Database(HikariDataSource pool, String url) {
        this.pool = pool;
        this.url = url;
    }

    /** The embedded database of a data directory. */
    public static String embeddedUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("berth") + ";AUTO_SERVER=FALSE";
    }

    /**
     * Opens and migrates. A URL may carry {@code user} and {@code password} as parameters
     * (PostgreSQL's driver reads them there).
     */
    public static Database open(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(8);
        config.setPoolName("berth");
        config.setInitializationFailTimeout(10_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot open the database " + redacted(url) + ": " + rootMessage(e), e);
        }
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw new IllegalStateException("cannot migrate the database " + redacted(url) + ": " + rootMessage(e), e);
        }
        return new Database(pool, url);
    }

    public DataSource dataSource() {
        return pool;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** The URL without its password, for messages. */
    public String description() {
        return redacted(url);
    }

    static String redacted(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    @Override
    public void close() {
        pool.close();
    }
}
