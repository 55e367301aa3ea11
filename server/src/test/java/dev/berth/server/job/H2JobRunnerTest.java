package dev.berth.server.job;

import dev.berth.server.TestDatabases;

/** Jobs on the embedded database. */
class H2JobRunnerTest extends JobRunnerTest {

    @Override
    String url() {
        return TestDatabases.h2(dir);
    }
}
