package dev.berth.server.api;

import dev.berth.server.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Plan, logs and ports API tests on PostgreSQL, when scripts/test (or scripts/postgres) exported its URL. */
@EnabledIfEnvironmentVariable(named = TestDatabases.POSTGRES_VARIABLE, matches = ".+")
class PostgresReadApiTest extends ReadApiTest {

    @Override
    String databaseUrl(Path dataDir) {
        return TestDatabases.postgres();
    }
}
