package dev.berth.app.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Tests that build on the builder engine and push to the test registry ({@code scripts/registry
 * up}, started by scripts/test): the registry read from the environment, the builder opened
 * once, and the images the tests built removed afterwards.
 */
abstract class RegistrySwarmIT extends SwarmIT {

    static TestRegistry registry;

    @BeforeAll
    static void registry() {
        registry = TestRegistry.fromEnvironment();
        BuildIT.openBuilder();
    }

    @AfterAll
    static void removeImages() {
        BuildIT.removeImages();
    }
}
