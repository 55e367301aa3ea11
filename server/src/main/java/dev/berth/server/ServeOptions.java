package dev.berth.server;

import dev.berth.server.cluster.ClusterAccess;
import dev.berth.server.cluster.ClusterSource;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How to run the server.
 *
 * @param host the address to listen on (null: every address)
 * @param port the HTTP port; 0 for any free port
 * @param databaseUrl a JDBC URL; null for the embedded database in {@code dataDir}
 * @param dataDir where the embedded database and uploaded files live
 * @param adminToken the first admin's token (BERTH_ADMIN_TOKEN); null to make one and print it once
 * @param examples the bundled examples directory, for {@code {"example": "hello"}}; null for none
 * @param cluster how jobs reach the cluster
 * @param source where the cached view of the cluster comes from
 * @param fullRefresh how often the cached view is read in full, besides engine events
 * @param failedAuthLimit failed authentications per address within {@code failedAuthWindow} before 429
 */
public record ServeOptions(String host, int port, String databaseUrl, Path dataDir, String adminToken, Path examples,
                           ClusterAccess cluster, ClusterSource source, Duration fullRefresh, int failedAuthLimit,
                           Duration failedAuthWindow, int jobWorkers) {

    public static final Duration DEFAULT_FULL_REFRESH = Duration.ofSeconds(15);
    public static final int DEFAULT_FAILED_AUTH_LIMIT = 10;
    public static final Duration DEFAULT_FAILED_AUTH_WINDOW = Duration.ofMinutes(1);
    public static final int DEFAULT_JOB_WORKERS = 4;
}
