package dev.berth.swarm.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.engine.config.BuildSettings;
import dev.berth.swarm.client.RegistryAuth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Credential helpers named in config.json, run for real: small shell scripts on the PATH Berth is given. */
class CredentialHelperTest {

    static final BuildSettings.Registry REGISTRY = new BuildSettings.Registry("reg:5000", "anon", null);

    @TempDir
    Path home;
    Path bin;
    Path config;
    Map<String, String> environment;

    @BeforeEach
    void setUp() throws IOException {
        bin = Files.createDirectories(home.resolve("bin"));
        config = Files.createDirectories(home.resolve(".docker")).resolve("config.json");
        environment = Map.of("HOME", home.toString(), "PATH", bin + ":/usr/bin:/bin");
    }

    /** A helper that answers {@code get} for reg:5000 with {@code answer} and exits with {@code code}. */
    void helper(String name, String answer, int code) throws IOException {
        Path script = bin.resolve("docker-credential-" + name);
        Files.writeString(script, """
                #!/bin/sh
                [ "$1" = get ] || { echo "unexpected action $1"; exit 9; }
                address=$(cat)
                [ "$address" = reg:5000 ] || { echo "unexpected address $address"; exit 9; }
                cat <<'ANSWER'
                %s
                ANSWER
                exit %d
                """.formatted(answer, code));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    void config(String json) throws IOException {
        Files.writeString(config, json);
    }

    RegistryAuth resolve() {
        return RegistryCredentials.resolve(REGISTRY, environment);
    }

    @Test
    void theCredsStoreHelperAnswersWithUsernameAndSecret() throws IOException {
        helper("test", "{\"ServerURL\":\"reg:5000\",\"Username\":\"ci\",\"Secret\":\"s3cret\"}", 0);
        config("{\"credsStore\":\"test\",\"auths\":{\"reg:5000\":{\"auth\":\"eDp5\"}}}");
        assertThat(resolve()).isEqualTo(new RegistryAuth("ci", "s3cret", "reg:5000"));
    }

    @Test
    void notFoundInTheKeychainMeansNoCredentials() throws IOException {
        helper("test", "credentials not found in native keychain", 1);
        config("{\"credsStore\":\"test\",\"auths\":{\"reg:5000\":{\"auth\":\"eDp5\"}}}");
        assertThat(resolve()).isEqualTo(new RegistryAuth("anon", "", "reg:5000"));
    }

    @Test
    void aMissingHelperIsNamedWithTheRegistryAndTheConfigFile() throws IOException {
        config("{\"credsStore\":\"test\"}");
        assertThatThrownBy(this::resolve).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the credential helper docker-credential-test (credsStore in " + config
                        + "), which holds the credentials of reg:5000, is not on the PATH (" + bin
                        + ":/usr/bin:/bin); install it");
    }

    @Test
    void aFailingHelperIsNamedWithWhatItSaid() throws IOException {
        helper("test", "error getting credentials: keychain locked", 1);
        config("{\"credHelpers\":{\"reg:5000\":\"test\"}}");
        assertThatThrownBy(this::resolve).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the credential helper docker-credential-test (credHelpers[\"reg:5000\"] in " + config
                        + ") failed with exit code 1: error getting credentials: keychain locked when asked for"
                        + " the credentials of reg:5000");
        helper("test", "not json", 0);
        assertThatThrownBy(this::resolve).hasMessageContaining("docker-credential-test")
                .hasMessageContaining("answered with something other than JSON {ServerURL, Username, Secret}")
                .hasMessageEndingWith("reg:5000");
    }

    @Test
    void credHelpersForTheRegistryWinOverCredsStore() throws IOException {
        helper("test", "{\"ServerURL\":\"reg:5000\",\"Username\":\"ci\",\"Secret\":\"per-registry\"}", 0);
        config("{\"credsStore\":\"absent\",\"credHelpers\":{\"reg:5000\":\"test\",\"other:5000\":\"absent\"}}");
        assertThat(resolve()).isEqualTo(new RegistryAuth("ci", "per-registry", "reg:5000"));

        config("{\"credsStore\":\"test\",\"credHelpers\":{\"other:5000\":\"absent\"}}");
        assertThat(resolve()).isEqualTo(new RegistryAuth("ci", "per-registry", "reg:5000"));
    }

    @Test
    void theTokenUsernameMakesTheSecretAnIdentityToken() throws IOException {
        helper("test", "{\"ServerURL\":\"reg:5000\",\"Username\":\"<token>\",\"Secret\":\"refresh-1\"}", 0);
        config("{\"credsStore\":\"test\"}");
        RegistryAuth auth = resolve();
        assertThat(auth).isEqualTo(new RegistryAuth("", "", "reg:5000", "refresh-1"));
        assertThat(auth.hasCredentials()).isTrue();
        assertThat(auth.fields()).containsEntry("identitytoken", "refresh-1");
        assertThat(auth.toString()).doesNotContain("refresh-1");
    }

    @Test
    void passwordEnvStillWinsAndNoHelperRuns() throws IOException {
        config("{\"credsStore\":\"absent\"}");
        var registry = new BuildSettings.Registry("reg:5000", "ci", "REG_PASSWORD");
        assertThat(RegistryCredentials.resolve(registry, Map.of("HOME", home.toString(), "PATH", bin.toString(),
                "REG_PASSWORD", "from-env"))).isEqualTo(new RegistryAuth("ci", "from-env", "reg:5000"));
    }
}
