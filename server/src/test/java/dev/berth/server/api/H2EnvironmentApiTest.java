package dev.berth.server.api;

import dev.berth.server.TestDatabases;
import java.nio.file.Path;

/** Environment API tests on the embedded database. */
class H2EnvironmentApiTest extends EnvironmentApiTest {

    @Override
    String databaseUrl(Path dataDir) {
        return TestDatabases.h2(dataDir);
    }
}
