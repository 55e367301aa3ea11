package dev.berth.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.swarm.client.Observed.ImageUsage;
import dev.berth.swarm.client.Observed.TaskState;
import dev.berth.swarm.client.SwarmClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Environments expire and {@code berth gc} collects them and what nothing uses on every node. The
 * swarm is shared: the images gc may remove are the test's own, made to look old, and every image
 * that was on the nodes before is named in gc.keep-images.
 */
class TtlGcIT extends SwarmIT {

    private static final String PROJECT = """
            services:
              app:
                image: ${IMG}
                stop_grace_period: 1s
                command: ["sh", "-c", "while true; do sleep 1; done"]
                volumes: [data:/data]
            volumes:
              data: {}
            """;

    private static List<String> running(String env) {
        return swarm.tasks(env, "app").stream().filter(TaskState::running).map(TaskState::id).toList();
    }

    private static JsonNode ls(Path dir, String env) throws Exception {
        TestSwarm.Run ls = swarm.berth(dir, "ls", "--format", "json");
        for (JsonNode e : new ObjectMapper().readTree(ls.out())) {
            if (e.path("name").asText().equals(env)) {
                return e;
            }
        }
        throw new AssertionError(env + " is not listed: " + ls.all());
    }

    @Test
    void extendPushesTheExpiryWithoutRestartingTasksAndAReUpKeepsIt(@TempDir Path dir) throws Exception {
        TestSwarm.project(dir, PROJECT);
        Map<String, String> vars = Map.of("IMG", swarm.image);
        TestSwarm.Run up = swarm.berthWith(vars, dir, "up", "lc-ttl-ext", "--ttl", "1h", "--progress", "plain");
        assertThat(up.code()).as(up.all()).isZero();
        assertThat(up.out()).contains("; expires ").contains("(in 59m)");
        Instant first = Instant.parse(ls(dir, "lc-ttl-ext").path("expires").asText());
        assertThat(first).isBetween(Instant.now().plus(Duration.ofMinutes(59)), Instant.now().plus(Duration.ofHours(1)));
        List<String> tasks = running("lc-ttl-ext");

        TestSwarm.Run extend = swarm.berth(dir, "extend", "lc-ttl-ext", "4h");
        assertThat(extend.code()).as(extend.all()).isZero();
        Instant extended = Instant.parse(ls(dir, "lc-ttl-ext").path("expires").asText());
        assertThat(extended).isEqualTo(first.plus(Duration.ofHours(4)));
        assertThat(extend.out()).isEqualTo("environment lc-ttl-ext expires " + extended + " (in 4h59m; was " + first + ")\n");
        Thread.sleep(2000);
        assertThat(running("lc-ttl-ext")).isEqualTo(tasks);

        TestSwarm.Run again = swarm.berthWith(vars, dir, "up", "lc-ttl-ext", "--progress", "plain");
        assertThat(again.code()).as(again.all()).isZero();
        assertThat(Instant.parse(ls(dir, "lc-ttl-ext").path("expires").asText())).isEqualTo(extended);
        assertThat(running("lc-ttl-ext")).isEqualTo(tasks);

        TestSwarm.Run missing = swarm.berth(dir, "extend", "lc-ttl-none", "4h");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("berth: environment lc-ttl-none does not exist (berth ls lists them)");
    }

    @Test
    void aNewEnvironmentGetsTheConfiguredTtlAndTtlZeroMeansNever(@TempDir Path dir) throws Exception {
        TestSwarm.project(dir, PROJECT);
        Path config = dir.resolve("berth.yaml");
        Files.writeString(config, "environments:\n  ttl: 2h30m\n");
        Map<String, String> vars = Map.of("IMG", swarm.image);
        TestSwarm.Run up = swarm.berthWith(vars, dir, "up", "lc-ttl-def", "--config", config.toString(),
                "--progress", "plain");
        assertThat(up.code()).as(up.all()).isZero();
        Instant expires = Instant.parse(ls(dir, "lc-ttl-def").path("expires").asText());
        assertThat(expires).isBetween(Instant.now().plus(Duration.ofMinutes(149)), Instant.now().plus(Duration.ofMinutes(150)));

        TestSwarm.Run never = swarm.berthWith(vars, dir, "up", "lc-ttl-def", "--ttl", "0", "--config", config.toString(),
                "--progress", "plain");
        assertThat(never.code()).as(never.all()).isZero();
        assertThat(ls(dir, "lc-ttl-def").path("expires").isNull()).as(ls(dir, "lc-ttl-def").toString()).isTrue();
        assertThat(swarm.berth(dir, "ls").out()).containsPattern("lc-ttl-def .* never");
        TestSwarm.Run extend = swarm.berth(dir, "extend", "lc-ttl-def", "1h");
        assertThat(extend.code()).as(extend.all()).isZero();
        assertThat(extend.out()).contains("environment lc-ttl-def never expires");
        swarm.down("lc-ttl-def");
    }

    @Test
    void gcRemovesExpiredEnvironmentsAndWhatNothingUsesOnEveryNode(@TempDir Path dir) throws Exception {
        String uniq = Long.toString(System.nanoTime(), 36);
        String oldTag = "lc-gc/old:" + uniq;
        String liveTag = "lc-gc/live:" + uniq;
        // each node holds its own images: a module image is only loaded where its tasks ran
        Map<String, Set<String>> beforeByNode = new java.util.HashMap<>();
        Set<String> before = new TreeSet<>();
        for (SwarmClient node : swarm.nodes) {
            Set<String> tags = new TreeSet<>();
            node.local().diskUsage().images().forEach(i -> tags.addAll(i.tags()));
            beforeByNode.put(node.endpoint().toString(), tags);
            before.addAll(tags);
        }
        String oldId = ThrowawayImages.load(swarm.image, oldTag, "2000-01-01T00:00:00Z", swarm.nodeHosts);
        String liveId = ThrowawayImages.load(swarm.image, liveTag, "2000-01-02T00:00:00Z", swarm.nodeHosts);
        String danglingId = ThrowawayImages.load(swarm.image, null, "2000-01-03T00:00:00Z", swarm.nodeHosts);
        Path config = dir.resolve("berth.yaml");
        Files.writeString(config, "gc:\n  image-age: 3650d\n  dangling-age: 3650d\n  keep-images: ["
                + before.stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(", ")) + "]\n");
        // a stopped container and a volume of an environment that no longer exists, on the last node
        SwarmClient last = swarm.nodes.get(swarm.nodes.size() - 1);
        String lastHost = swarm.nodeHosts.get(swarm.nodeHosts.size() - 1);
        docker(lastHost, "create", "--label", "dev.berth.environment=lc-gc-gone", oldTag, "true");
        docker(lastHost, "volume", "create", "--label", "dev.berth.environment=lc-gc-gone", "lc-gc-gone_data");

        Path project = TestSwarm.project(dir.resolve("p"), PROJECT);
        TestSwarm.Run expiring = swarm.berthWith(Map.of("IMG", oldTag), project, "up", "lc-gc-x", "--ttl", "1s",
                "--progress", "plain");
        assertThat(expiring.code()).as(expiring.all()).isZero();
        TestSwarm.Run living = swarm.berthWith(Map.of("IMG", liveTag), project, "up", "lc-gc-live", "--progress", "plain");
        assertThat(living.code()).as(living.all()).isZero();
        Thread.sleep(1200);
        assertThat(swarm.berth(dir, "ls").out()).containsPattern("lc-gc-x .* expired \\d+s ago");

        TestSwarm.Run dry = swarm.berth(dir, "gc", "--dry-run", "--config", config.toString());
        assertThat(dry.code()).as(dry.all()).isZero();
        assertThat(dry.out()).contains("would remove expired environment lc-gc-x", "RECLAIMABLE");
        assertThat(swarm.leftovers("lc-gc-x")).isNotEmpty();

        TestSwarm.Run gc = swarm.berth(dir, "gc", "--config", config.toString());
        assertThat(gc.code()).as(gc.all()).isZero();
        assertThat(gc.out()).contains("removed expired environment lc-gc-x",
                "removed volume lc-gc-gone_data on " + lastHost + " (environment lc-gc-gone is gone)",
                "removed container ", "(created, environment lc-gc-gone is gone)")
                .containsPattern("total +\\d+ +\\d+ +\\d+ +[\\d.]+[kMG]?B");
        for (String host : swarm.nodeHosts) {
            assertThat(gc.out()).contains("removed image " + oldTag + " on " + host + " (unused, arrived ");
            assertThat(gc.out()).contains("removed image " + danglingId.substring(7, 19) + " on " + host
                    + " (dangling, unused, arrived ");
        }
        assertThat(swarm.leftovers("lc-gc-x")).isEmpty();
        for (SwarmClient node : swarm.nodes) {
            Set<String> ids = node.local().diskUsage().images().stream().map(ImageUsage::id).collect(Collectors.toSet());
            Set<String> tags = node.local().diskUsage().images().stream().flatMap(i -> i.tags().stream()).collect(Collectors.toSet());
            assertThat(ids).as(node.endpoint() + ": the test's unused images are gone").doesNotContain(oldId, danglingId)
                    .as("the image a living service names stays").contains(liveId);
            assertThat(tags).as(node.endpoint() + ": the images it held before stay")
                    .containsAll(beforeByNode.get(node.endpoint().toString()));
        }
        assertThat(last.local().volumes(Map.of()).stream().map(v -> v.name())).doesNotContain("lc-gc-gone_data");

        TestSwarm.Run again = swarm.berth(dir, "gc", "--config", config.toString(), "--format", "json");
        assertThat(again.code()).as(again.all()).isZero();
        JsonNode json = new ObjectMapper().readTree(again.out());
        assertThat(json.path("expired")).isEmpty();
        assertThat(json.path("nodes")).hasSize(swarm.nodeHosts.size());
        assertThat(json.path("total").has("bytes")).isTrue();

        swarm.down("lc-gc-live");
        for (String host : swarm.nodeHosts) {
            docker(host, "rmi", liveTag);
        }
    }

    private static void docker(String host, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("docker", "-H", host));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(String.join(" ", command) + ": " + out).isZero();
    }
}
