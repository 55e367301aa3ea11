package dev.berth.server.job;

import dev.berth.server.TestDatabases;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Jobs on PostgreSQL, when its URL is exported. */
@EnabledIfEnvironmentVariable(named = TestDatabases.POSTGRES_VARIABLE, matches = ".+")
class PostgresJobRunnerTest extends JobRunnerTest {

    @Override
    String url() {
        return TestDatabases.postgres();
    }
}
