package dev.berth.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.config.BerthConfig;
import dev.berth.engine.config.ConfigFile;
import dev.berth.swarm.client.RegistryAuth;
import dev.berth.swarm.doctor.Doctor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The doctor (and the server's) checks build.registry with the credentials up pushes with, and refuses what up refuses. */
class DoctorCredentialsTest {

    @TempDir
    Path dir;

    Map<String, String> env(String... more) {
        Map<String, String> env = new HashMap<>(Map.of("HOME", dir.toString(),
                "DOCKER_HOST", "unix://" + dir.resolve("no-engine.sock"), "PATH", dir.resolve("bin") + ":/usr/bin:/bin"));
        for (int i = 0; i < more.length; i += 2) {
            env.put(more[i], more[i + 1]);
        }
        return env;
    }

    void berthYaml(String registry) throws IOException {
        Files.writeString(dir.resolve("berth.yaml"), "build:\n  registry: " + registry + "\n");
    }

    void dockerConfig(String json) throws IOException {
        Files.createDirectories(dir.resolve(".docker"));
        Files.writeString(dir.resolve(".docker/config.json"), json);
    }

    void helper(String answer) throws IOException {
        Path script = Files.createDirectories(dir.resolve("bin")).resolve("docker-credential-test");
        Files.writeString(script, "#!/bin/sh\ncat >/dev/null\necho '" + answer + "'\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void anUnsetPasswordVariableStopsTheDoctorAndTheServerBeforeAnyEngine() throws IOException {
        berthYaml("{address: reg:5000, username: ci, password-env: REG_PASSWORD}");
        for (String[] args : new String[][] {{"cluster", "doctor", "--config", "berth.yaml"},
                {"serve", "--config", "berth.yaml", "--port", "0", "--data-dir", dir.toString()}}) {
            Cli cli = Cli.run(env(), dir, args);
            assertThat(cli.code).as(args[0]).isEqualTo(ExitCodes.FAILURE);
            assertThat(cli.err()).as(args[0]).isEqualTo("berth: build.registry.password-env names REG_PASSWORD,"
                    + " which is not set in the environment\n");
        }
    }

    @Test
    void aMissingCredentialHelperStopsTheDoctor() throws IOException {
        berthYaml("{address: reg:5000}");
        dockerConfig("{\"credsStore\":\"test\"}");
        Cli cli = Cli.run(env(), dir, "cluster", "doctor", "--config", "berth.yaml");
        assertThat(cli.code).isEqualTo(ExitCodes.FAILURE);
        assertThat(cli.err()).startsWith("berth: the credential helper docker-credential-test (credsStore in "
                + dir.resolve(".docker/config.json") + "), which holds the credentials of reg:5000, is not on the PATH");
    }

    @Test
    void theDoctorUsesTheCredentialsUpUses() throws IOException {
        berthYaml("{address: reg:5000, username: ci, password-env: REG_PASSWORD}");
        assertThat(registry(env("REG_PASSWORD", "s3cret")).credentials().get())
                .isEqualTo(new RegistryAuth("ci", "s3cret", "reg:5000"));

        berthYaml("{address: reg:5000}");
        helper("{\"ServerURL\":\"reg:5000\",\"Username\":\"from-helper\",\"Secret\":\"pw\"}");
        dockerConfig("{\"credHelpers\":{\"reg:5000\":\"test\"}}");
        Doctor.Registry registry = registry(env());
        assertThat(registry.address()).isEqualTo("reg:5000");
        assertThat(registry.credentials().get()).isEqualTo(new RegistryAuth("from-helper", "pw", "reg:5000"));

        helper("credentials not found in native keychain");
        assertThat(registry(env()).credentials().get().hasCredentials()).isFalse();
        Files.delete(dir.resolve("berth.yaml"));
        assertThat(registry(env())).isNull();
    }

    @Test
    void theServerAsksTheHelperAgainOnEachRun() throws IOException {
        berthYaml("{address: reg:5000}");
        dockerConfig("{\"credsStore\":\"test\"}");
        helper("{\"Username\":\"ci\",\"Secret\":\"first\"}");
        Doctor.Registry registry = ClusterDoctorCommand.serverRegistry(config(), invocation(env()));
        helper("{\"Username\":\"ci\",\"Secret\":\"second\"}");
        assertThat(registry.credentials().get().password()).isEqualTo("second");
    }

    private Doctor.Registry registry(Map<String, String> env) {
        return ClusterDoctorCommand.registry(config(), invocation(env));
    }

    private BerthConfig config() {
        Path file = dir.resolve("berth.yaml");
        return Files.exists(file) ? ConfigFile.load(file, Map.of()) : BerthConfig.defaults();
    }

    private Invocation invocation(Map<String, String> env) {
        return new Invocation(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), env, dir);
    }
}
