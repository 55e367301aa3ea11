package dev.berth.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.swarm.client.SwarmClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Module images of the compile step with {@code build.registry}: pushed with credentials,
 * deployed pinned by digest, pulled by the nodes; an unchanged re-up pushes and restarts
 * nothing. The test nodes run with DOCKER_SERVICE_PREFER_OFFLINE_IMAGE=1, so a task never pulls
 * at start: what runs is what Berth had each node's engine pull with the credentials. Needs the test registry ({@code scripts/registry up}, started by scripts/test).
 */
class RegistryCompileIT extends RegistrySwarmIT {

    private static final List<String> MODULES = List.of("catalog", "gateway");

    private TestSwarm.Run up(Path dir, String env) {
        Map<String, String> variables = Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString(),
                "CATALOG_PORT", "27321", "GATEWAY_PORT", "27322", "CMP_REGISTRY_PASSWORD", registry.password());
        return swarm.berthWith(variables, dir, "up", env, "-p", "reg-cmp", "-f", "compile.yaml", "-f", "deploy.yaml",
                "--config", dir.resolve("berth.yaml").toString(), "--progress", "plain");
    }

    /** Remembers the builder's tags of a module image made now, and the digest the nodes pulled, for removal. */
    private static void made(TestSwarm.Run run, String module, String deployed) {
        Matcher built = Pattern.compile("built image berth-module/reg-cmp-" + module + ":([0-9a-f]{12})").matcher(run.out());
        assertThat(built.find()).as(run.out()).isTrue();
        BuildIT.made.add("berth-module/reg-cmp-" + module + ":" + built.group(1));
        BuildIT.made.add(registry.address() + "/berth-module/reg-cmp-" + module + ":" + built.group(1));
        BuildIT.made.add(deployed);
    }

    @Test
    void moduleImagesArePushedDeployedByDigestPulledByTheNodesAndAnUnchangedReUpPushesNothing(@TempDir Path dir)
            throws Exception {
        CompileIT.project(dir);
        String unique = UUID.randomUUID().toString();
        Files.writeString(dir.resolve("src/catalog.txt"), "catalog " + unique + "\n");
        Files.writeString(dir.resolve("src/gateway.txt"), "gateway " + unique + "\n");
        Files.writeString(dir.resolve("berth.yaml"), """
                build:
                  registry: {address: "%s", username: %s, password-env: CMP_REGISTRY_PASSWORD}
                """.formatted(registry.address(), registry.user()));
        String env = "reg-cmp";

        TestSwarm.Run first = up(dir, env);
        assertThat(first.code()).as(first.all()).isZero();
        assertThat(first.out()).contains("compile step compile: running in");
        for (String module : MODULES) {
            String image = BuildIT.deployedImage(env, module);
            made(first, module, image);
            assertThat(first.out()).contains("sent image of " + module + " to " + registry.address());
            assertThat(image).matches(Pattern.quote(registry.address()) + "/berth-module/reg-cmp-" + module
                    + "@sha256:[0-9a-f]{64}");
            List<String> tasks = BuildIT.running(env, module);
            assertThat(tasks).as(module + " runs").hasSize(1);
            for (SwarmClient node : swarm.nodes) {
                assertThat(first.out()).contains("sent image of " + module + " to " + node.info().name());
                assertThat(node.images().inspect(image)).as(image + " pulled on " + node.endpoint()).isNotNull();
            }
        }
        assertThat(CompileIT.get(CompileIT.address(dir, env, "catalog"), "/index.html")).isEqualTo("catalog " + unique + "\n");
        assertThat(CompileIT.get(CompileIT.address(dir, env, "gateway"), "/index.html")).isEqualTo("gateway " + unique + "\n");
        assertThat(CompileIT.get(CompileIT.address(dir, env, "gateway"), "/conf.txt"))
                .isEqualTo("environment=" + env + "\ncatalog.url=http://catalog:8080/\n");
        Map<String, String> images = Map.of("catalog", BuildIT.deployedImage(env, "catalog"),
                "gateway", BuildIT.deployedImage(env, "gateway"));
        Map<String, List<String>> tasks = Map.of("catalog", BuildIT.running(env, "catalog"),
                "gateway", BuildIT.running(env, "gateway"));

        TestSwarm.Run again = up(dir, env);
        assertThat(again.code()).as(again.all()).isZero();
        assertThat(again.out()).contains("compile step compile: unchanged", "unchanged image berth-module/reg-cmp-catalog:",
                "unchanged image berth-module/reg-cmp-gateway:")
                .doesNotContain("running in", "built image", "sent image", "created", "updated", "removed");
        for (String module : MODULES) {
            assertThat(BuildIT.deployedImage(env, module)).isEqualTo(images.get(module));
            assertThat(BuildIT.running(env, module)).as(module + " not restarted").isEqualTo(tasks.get(module));
        }
        swarm.down(env);
    }
}
