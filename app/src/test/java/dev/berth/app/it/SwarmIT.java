package dev.berth.app.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Integration tests share one connection to the test swarm; every environment they bring up is taken down. */
abstract class SwarmIT {

    static TestSwarm swarm;

    @BeforeAll
    static void connect() {
        swarm = new TestSwarm();
    }

    @AfterAll
    static void takeDownAndClose() {
        swarm.close();
    }
}
