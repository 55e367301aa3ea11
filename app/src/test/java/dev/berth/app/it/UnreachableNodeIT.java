package dev.berth.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A configured node engine that does not answer (here: a socket where nothing listens, next to
 * the test swarm's real nodes) is skipped and named: down and gc finish everything else.
 */
class UnreachableNodeIT extends SwarmIT {

    private static final String PROJECT = """
            services:
              app:
                image: ${IMAGE}
                stop_grace_period: 1s
                command: ["sh", "-c", "while true; do sleep 1; done"]
                volumes: [data:/data]
            volumes:
              data: {}
            """;

    @TempDir
    Path dir;

    private String dead() {
        return "unix://" + dir.resolve("nowhere.sock");
    }

    /** The test swarm's node engines and, last, one that never answers. */
    private Map<String, String> withDeadNode() {
        return Map.of("BERTH_NODE_HOSTS", String.join(",", swarm.nodeHosts) + "," + dead());
    }

    @Test
    void downRemovesTheEnvironmentAndNamesTheNodeItCouldNotReach() throws Exception {
        Path project = TestSwarm.project(dir.resolve("p"), PROJECT);
        TestSwarm.Run up = swarm.berth(project, "up", "it-unreach-down", "--progress", "plain");
        assertThat(up.code()).as(up.all()).isZero();

        TestSwarm.Run down = swarm.berthWith(withDeadNode(), project, "down", "it-unreach-down", "--volumes");
        assertThat(down.code()).as(down.all()).isZero();
        assertThat(down.out()).contains("environment it-unreach-down removed",
                "warning: node engine " + dead() + " did not answer (",
                "): the containers and volumes of it-unreach-down there are left as they are; once it answers again,"
                        + " 'berth gc' removes them (or run 'berth down it-unreach-down --volumes' again)");
        assertThat(swarm.leftovers("it-unreach-down")).isEmpty();
        for (String host : swarm.nodeHosts) {
            assertThat(down.out()).doesNotContain("node engine " + host + " did not answer");
        }
    }

    @Test
    void gcCollectsEverythingElseAndExitsFourNamingTheNode() throws Exception {
        // nothing the shared swarm holds is old enough, and every image on it is kept: gc only removes environments
        TreeSet<String> tags = new TreeSet<>();
        swarm.nodes.forEach(n -> n.local().diskUsage().images().forEach(i -> tags.addAll(i.tags())));
        Path config = dir.resolve("berth.yaml");
        Files.writeString(config, "gc:\n  image-age: 3650d\n  dangling-age: 3650d\n  keep-images: ["
                + tags.stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(", ")) + "]\n");
        Path project = TestSwarm.project(dir.resolve("p"), PROJECT);
        TestSwarm.Run up = swarm.berth(project, "up", "it-unreach-gc", "--ttl", "1s", "--progress", "plain");
        assertThat(up.code()).as(up.all()).isZero();
        Thread.sleep(1200);

        TestSwarm.Run gc = swarm.berthWith(withDeadNode(), dir, "gc", "--config", config.toString());
        assertThat(gc.code()).as(gc.all()).isEqualTo(4);
        assertThat(gc.out()).contains("removed expired environment it-unreach-gc",
                "warning: node engine " + dead() + " did not answer (",
                "skipped node " + dead() + ": unreachable: ",
                "; nothing removed there (the next gc collects it once its engine answers)")
                .containsPattern(java.util.regex.Pattern.quote(dead()) + " +- +- +- +unreachable");
        for (String host : swarm.nodeHosts) {
            assertThat(gc.out()).containsPattern(java.util.regex.Pattern.quote(host) + " +\\d+ +\\d+ +\\d+ ");
        }
        assertThat(gc.err()).contains("warning: 1 node(s) not collected, their engine did not answer: " + dead()
                + "; exit code 4");
        assertThat(swarm.leftovers("it-unreach-gc")).isEmpty();

        TestSwarm.Run json = swarm.berthWith(withDeadNode(), dir, "gc", "--config", config.toString(), "--format", "json");
        assertThat(json.code()).as(json.all()).isEqualTo(4);
        JsonNode nodes = new ObjectMapper().readTree(json.out()).path("nodes");
        assertThat(nodes).hasSize(swarm.nodeHosts.size() + 1);
        JsonNode last = nodes.get(nodes.size() - 1);
        assertThat(last.path("node").asText()).isEqualTo(dead());
        assertThat(last.path("unreachable").asText()).isNotBlank();
        assertThat(last.path("removed")).isEmpty();
        for (int i = 0; i < nodes.size() - 1; i++) {
            assertThat(nodes.get(i).path("unreachable").isNull()).as(nodes.get(i).toString()).isTrue();
        }

        TestSwarm.Run healthy = swarm.berth(dir, "gc", "--config", config.toString());
        assertThat(healthy.code()).as(healthy.all()).isZero();
        assertThat(healthy.all()).doesNotContain("unreachable");
    }
}
