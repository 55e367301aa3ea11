package dev.berth.server.api;

import dev.berth.server.TestDatabases;
import java.nio.file.Path;

/** Extend API tests on the embedded database. */
class H2ExtendApiTest extends ExtendApiTest {

    @Override
    String databaseUrl(Path dataDir) {
        return TestDatabases.h2(dataDir);
    }
}
