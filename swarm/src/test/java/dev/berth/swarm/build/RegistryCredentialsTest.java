package dev.berth.swarm.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.engine.config.BuildSettings;
import dev.berth.swarm.client.RegistryAuth;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryCredentialsTest {

    @TempDir
    Path home;

    @Test
    void thePasswordComesFromTheNamedVariable() {
        var registry = new BuildSettings.Registry("reg:5000", "ci", "REG_PASSWORD");
        assertThat(RegistryCredentials.resolve(registry, Map.of("REG_PASSWORD", "s3cret", "HOME", home.toString())))
                .isEqualTo(new RegistryAuth("ci", "s3cret", "reg:5000"));
    }

    @Test
    void aMissingVariableOrUsernameIsNamed() {
        var registry = new BuildSettings.Registry("reg:5000", "ci", "REG_PASSWORD");
        assertThatThrownBy(() -> RegistryCredentials.resolve(registry, Map.of("HOME", home.toString())))
                .hasMessage("build.registry.password-env names REG_PASSWORD, which is not set in the environment");
        var noUser = new BuildSettings.Registry("reg:5000", null, "REG_PASSWORD");
        assertThatThrownBy(() -> RegistryCredentials.resolve(noUser, Map.of("REG_PASSWORD", "x")))
                .hasMessage("build.registry.password-env needs build.registry.username");
    }

    @Test
    void otherwiseTheDockerConfigsAuthsEntryIsUsed() throws IOException {
        Files.createDirectories(home.resolve(".docker"));
        String auth = Base64.getEncoder().encodeToString("ci:pa:ss".getBytes(StandardCharsets.UTF_8));
        Files.writeString(home.resolve(".docker/config.json"),
                "{\"auths\":{\"https://reg:5000\":{\"auth\":\"" + auth + "\"},\"other:5000\":{\"auth\":\"eDp5\"}}}");
        var registry = new BuildSettings.Registry("reg:5000", null, null);
        assertThat(RegistryCredentials.resolve(registry, Map.of("HOME", home.toString())))
                .isEqualTo(new RegistryAuth("ci", "pa:ss", "reg:5000"));
        assertThat(RegistryCredentials.resolve(new BuildSettings.Registry("none:1", null, null),
                Map.of("HOME", home.toString()))).isEqualTo(new RegistryAuth("", "", "none:1"));
    }

    @Test
    void anAuthsEntryMayHoldAnIdentityTokenAndABrokenAuthIsNamed() throws IOException {
        Path dir = Files.createDirectories(home.resolve("elsewhere"));
        Files.writeString(dir.resolve("config.json"),
                "{\"auths\":{\"reg:5000\":{\"identitytoken\":\"refresh-1\"},\"bad:1\":{\"auth\":\"bm9jb2xvbg==\"}}}");
        Map<String, String> env = Map.of("DOCKER_CONFIG", dir.toString());
        assertThat(RegistryCredentials.resolve(new BuildSettings.Registry("reg:5000", null, null), env))
                .isEqualTo(new RegistryAuth("", "", "reg:5000", "refresh-1"));
        assertThatThrownBy(() -> RegistryCredentials.resolve(new BuildSettings.Registry("bad:1", null, null), env))
                .hasMessage("the auth of bad:1 in " + dir.resolve("config.json") + " is not base64 of user:password");
    }
}
