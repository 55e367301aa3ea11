package dev.berth.server.api;

import dev.berth.server.TestDatabases;
import java.nio.file.Path;

/** Cluster API tests on the embedded database. */
class H2ClusterApiTest extends ClusterApiTest {

    @Override
    String databaseUrl(Path dataDir) {
        return TestDatabases.h2(dataDir);
    }
}
