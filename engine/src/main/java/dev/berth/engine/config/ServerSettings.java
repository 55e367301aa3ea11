package dev.berth.engine.config;

/**
 * {@code berth serve}.
 *
 * @param port the HTTP port
 * @param database a JDBC URL; null = an embedded database in the data directory
 * @param dataDir where the server keeps its files; null = the default
 */
public record ServerSettings(int port, String database, String dataDir) {

    public static final int DEFAULT_PORT = 8480;

    static ServerSettings defaults() {
        return new ServerSettings(DEFAULT_PORT, null, null);
    }

    static ServerSettings read(ConfigValues v) {
        return new ServerSettings(v.integer("port", DEFAULT_PORT, 1, 65535), v.string("database", null),
                v.string("data-dir", null));
    }
}
