package dev.berth.server.api;

import dev.berth.server.TestDatabases;
import java.nio.file.Path;

/** Auth API tests on the embedded database. */
class H2AuthApiTest extends AuthApiTest {

    @Override
    String databaseUrl(Path dataDir) {
        return TestDatabases.h2(dataDir);
    }
}
