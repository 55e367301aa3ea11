package dev.berth.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build:} with {@code build.registry}: pushed with credentials, deployed pinned by digest
 * and pulled by the nodes; refused credentials stop up before any service changes. Needs the test
 * registry ({@code scripts/registry up}, started by scripts/test).
 */
class RegistryBuildIT extends RegistrySwarmIT {

    @Test
    void pushesDeploysByDigestAndStopsOnRefusedCredentialsBeforeAnyServiceChanges(@TempDir Path dir) throws Exception {
        String env = "bld-reg";
        BuildIT.context(dir, "web", "registry " + UUID.randomUUID());
        TestSwarm.project(dir, "services:\n" + BuildIT.service("web"));
        Path config = dir.resolve("berth.yaml");
        Files.writeString(config, """
                build:
                  registry: {address: "%s", username: %s, password-env: BLD_REGISTRY_PASSWORD}
                """.formatted(registry.address(), registry.user()));

        TestSwarm.Run up = swarm.berthWith(Map.of("BLD_REGISTRY_PASSWORD", registry.password()), dir,
                "up", env, "-p", "bld-reg", "--config", config.toString(), "--progress", "plain");
        assertThat(up.code()).as(up.all()).isZero();
        assertThat(up.out()).contains("built image berth/bld-reg-web:", "sent image of web to " + registry.address());
        String image = BuildIT.deployedImage(env, "web");
        assertThat(image).matches(java.util.regex.Pattern.quote(registry.address()) + "/berth/bld-reg-web@sha256:[0-9a-f]{64}");
        BuildIT.made.add(image);
        String tag = up.out().replaceAll("(?s).*built image berth/bld-reg-web:([0-9a-f]{12}).*", "$1");
        BuildIT.made.add("berth/bld-reg-web:" + tag);
        BuildIT.made.add(registry.address() + "/berth/bld-reg-web:" + tag);
        List<String> tasks = BuildIT.running(env, "web");
        assertThat(tasks).hasSize(1);

        Files.writeString(dir.resolve("web/index.html"), "changed " + UUID.randomUUID());
        TestSwarm.Run refused = swarm.berthWith(Map.of("BLD_REGISTRY_PASSWORD", "wrong"), dir,
                "up", env, "-p", "bld-reg", "--config", config.toString(), "--progress", "plain");
        assertThat(refused.code()).as(refused.all()).isEqualTo(1);
        assertThat(refused.err()).contains("berth: pushing the image of service web to " + registry.address() + " failed: ",
                "unauthorized", "No service, network, config or secret was changed.");
        String changedTag = refused.out().replaceAll("(?s).*built image berth/bld-reg-web:([0-9a-f]{12}).*", "$1");
        BuildIT.made.add("berth/bld-reg-web:" + changedTag);
        BuildIT.made.add(registry.address() + "/berth/bld-reg-web:" + changedTag);
        assertThat(BuildIT.deployedImage(env, "web")).isEqualTo(image);
        assertThat(BuildIT.running(env, "web")).isEqualTo(tasks);

        TestSwarm.Run fresh = swarm.berthWith(Map.of("BLD_REGISTRY_PASSWORD", "wrong"), dir,
                "up", "bld-reg-new", "-p", "bld-reg", "--config", config.toString(), "--progress", "plain");
        assertThat(fresh.code()).as(fresh.all()).isEqualTo(1);
        assertThat(swarm.leftovers("bld-reg-new")).isEmpty();
        swarm.down(env);
    }
}
