package dev.berth.server.api;

import dev.berth.server.TestDatabases;
import java.nio.file.Path;

/** Plan, logs and ports API tests on the embedded database. */
class H2ReadApiTest extends ReadApiTest {

    @Override
    String databaseUrl(Path dataDir) {
        return TestDatabases.h2(dataDir);
    }
}
