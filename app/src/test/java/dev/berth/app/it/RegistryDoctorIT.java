package dev.berth.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The doctor's registry check against the authenticated test registry ({@code scripts/registry
 * up}), with the credentials up pushes with: from a docker credential helper, and from password-env.
 */
class RegistryDoctorIT extends SwarmIT {

    static TestRegistry registry;

    @BeforeAll
    static void registry() {
        registry = TestRegistry.fromEnvironment();
    }

    @Test
    void passesWithTheHelpersCredentialsAndFailsWithAWrongPassword(@TempDir Path home) throws Exception {
        Path bin = Files.createDirectories(home.resolve("bin"));
        Path helper = bin.resolve("docker-credential-berthtest");
        Files.writeString(helper, "#!/bin/sh\ncat >/dev/null\nprintf '{\"ServerURL\":\"%s\",\"Username\":\"%s\","
                + "\"Secret\":\"%s\"}\\n' \"" + registry.address() + "\" \"" + registry.user() + "\" \"" + registry.password() + "\"\n");
        Files.setPosixFilePermissions(helper, PosixFilePermissions.fromString("rwx------"));
        Files.createDirectories(home.resolve(".docker"));
        Files.writeString(home.resolve(".docker/config.json"), "{\"credsStore\":\"berthtest\"}");
        Map<String, String> env = Map.of("HOME", home.toString(), "PATH", bin + ":/usr/bin:/bin");

        Path fromHelper = Files.writeString(home.resolve("helper.yaml"),
                "build:\n  registry: {address: \"" + registry.address() + "\"}\n");
        JsonNode passed = registryCheck(swarm.berthWith(env, home, "cluster", "doctor", "--json",
                "--config", fromHelper.toString()));
        assertThat(passed.path("status").asText()).as(passed.toString()).isEqualTo("pass");

        Path fromEnv = Files.writeString(home.resolve("env.yaml"), "build:\n  registry: {address: \"" + registry.address()
                + "\", username: " + registry.user() + ", password-env: DOCTOR_REGISTRY_PASSWORD}\n");
        Map<String, String> wrong = new java.util.HashMap<>(env);
        wrong.put("DOCTOR_REGISTRY_PASSWORD", "wrong");
        JsonNode failed = registryCheck(swarm.berthWith(wrong, home, "cluster", "doctor", "--json",
                "--config", fromEnv.toString()));
        assertThat(failed.path("status").asText()).as(failed.toString()).isEqualTo("fail");
        assertThat(failed.path("summary").asText()).contains(registry.address() + " from ", "login failed: ");
    }

    private static JsonNode registryCheck(TestSwarm.Run run) throws Exception {
        JsonNode report = new ObjectMapper().readTree(run.out());
        for (JsonNode c : report.path("checks")) {
            if (c.path("name").asText().equals("registry")) {
                return c;
            }
        }
        throw new AssertionError("no registry check in " + run.all());
    }
}
