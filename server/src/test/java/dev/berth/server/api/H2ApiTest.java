package dev.berth.server.api;

import dev.berth.server.TestDatabases;
import java.nio.file.Path;

/** The API on the embedded database. */
class H2ApiTest extends ApiTest {

    @Override
    String databaseUrl(Path dataDir) {
        return TestDatabases.h2(dataDir);
    }
}
