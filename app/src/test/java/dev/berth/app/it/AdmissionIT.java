package dev.berth.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.engine.admission.Quantities;
import dev.berth.swarm.client.Observed.NodeResources;
import dev.berth.swarm.client.Observed.NodeState;
import dev.berth.swarm.client.Observed.TaskState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Admission control on the test swarm: what cannot fit is refused with nothing created; what fits lands where predicted. */
class AdmissionIT extends SwarmIT {

    @Test
    void refusesAnEnvironmentLargerThanAnyNodeAndCreatesNothing(@TempDir Path dir) throws Exception {
        long largest = swarm.manager.nodeResources().stream().mapToLong(NodeResources::memoryBytes).max().orElseThrow();
        long tooMuch = largest + (1L << 30);
        TestSwarm.project(dir, """
                services:
                  small:
                    image: ${IMAGE}
                    stop_grace_period: 1s
                    command: ["sleep", "3600"]
                    configs: [settings]
                  huge:
                    image: ${IMAGE}
                    stop_grace_period: 1s
                    command: ["sleep", "3600"]
                    deploy:
                      resources:
                        reservations: {memory: "%d"}
                configs:
                  settings: {file: ./settings.txt}
                """.formatted(tooMuch));
        Files.writeString(dir.resolve("settings.txt"), "a=1\n");

        TestSwarm.Run refused = swarm.berth(dir, "up", "adm-refused", "--progress", "plain");
        assertThat(refused.code()).as(refused.all()).isEqualTo(3);
        assertThat(refused.err()).contains("environment adm-refused does not fit on the cluster", "nothing was created",
                "SERVICE", "NEEDS", "BEST NODE FREE", "WHY",
                "no node has " + Quantities.memory(tooMuch) + " free memory (best: ");
        assertThat(refused.err().lines().filter(l -> l.startsWith("small "))).isEmpty();
        assertThat(swarm.leftovers("adm-refused")).isEmpty();

        TestSwarm.Run plan = swarm.berth(dir, "plan", "adm-refused");
        assertThat(plan.code()).as(plan.all()).isEqualTo(3);
        assertThat(plan.out()).contains("admission: does not fit; berth up would create nothing and exit 3");
        assertThat(swarm.leftovers("adm-refused")).isEmpty();

        TestSwarm.Run forced = swarm.berth(dir, "up", "adm-refused", "--force", "-d", "--progress", "plain");
        assertThat(forced.code()).as(forced.all()).isZero();
        assertThat(forced.out()).contains("deploying although the environment does not fit (--force): adm-refused_huge:");
        assertThat(swarm.manager.services(Map.of("name", List.of("adm-refused_huge")))).hasSize(1);
    }

    @Test
    void placesTasksWhereTheSimulationSaid(@TempDir Path dir) throws Exception {
        TestSwarm.project(dir, """
                services:
                  spread:
                    image: ${IMAGE}
                    stop_grace_period: 1s
                    command: ["sleep", "3600"]
                    deploy:
                      replicas: 3
                      placement: {max_replicas_per_node: 1}
                  pinned:
                    image: ${IMAGE}
                    stop_grace_period: 1s
                    command: ["sleep", "3600"]
                    deploy:
                      replicas: 2
                      placement: {constraints: ["node.id==${NODE_B}"]}
                """);
        TestSwarm.Run plan = swarm.berth(dir, "plan", "adm-placed", "--format", "json");
        assertThat(plan.code()).as(plan.all()).isZero();
        Map<String, List<String>> predicted = new java.util.TreeMap<>();
        for (JsonNode s : new ObjectMapper().readTree(plan.out()).path("admission").path("services")) {
            List<String> nodes = new ArrayList<>();
            s.path("nodes").forEach(n -> nodes.add(n.asText()));
            predicted.put(s.path("service").asText(), nodes.stream().sorted().toList());
        }
        assertThat(predicted).containsOnlyKeys("spread", "pinned");
        assertThat(swarm.leftovers("adm-placed")).isEmpty();

        TestSwarm.Run up = swarm.berth(dir, "up", "adm-placed", "--progress", "plain");
        assertThat(up.code()).as(up.all()).isZero();
        Map<String, String> hostnames = swarm.manager.nodes().stream()
                .collect(Collectors.toMap(NodeState::id, NodeState::hostname));
        for (String service : predicted.keySet()) {
            List<String> actual = swarm.tasks("adm-placed", service).stream()
                    .filter(t -> t.desiredState().equals("running")).map(TaskState::nodeId).map(hostnames::get)
                    .sorted().toList();
            assertThat(actual).as(service).isEqualTo(predicted.get(service));
        }
        String nodeB = hostnames.get(swarm.nodeIds().get(1));
        assertThat(predicted.get("pinned")).containsExactly(nodeB, nodeB);
        assertThat(predicted.get("spread")).doesNotHaveDuplicates().hasSize(3);

        TestSwarm.Run top = swarm.berth(dir, "cluster", "top", "--format", "json");
        assertThat(top.code()).as(top.all()).isZero();
        JsonNode nodes = new ObjectMapper().readTree(top.out());
        assertThat(nodes).hasSize(3);
        for (JsonNode n : nodes) {
            List<String> envs = new ArrayList<>();
            n.path("environments").forEach(e -> envs.add(e.asText()));
            assertThat(envs).as(n.toString()).contains("adm-placed");
            // each node runs a spread task (128 MiB reserved by default); node B two pinned ones more
            long ours = n.path("hostname").asText().equals(nodeB) ? 3 : 1;
            assertThat(n.path("reservedMemoryBytes").asLong()).as(n.toString()).isGreaterThanOrEqualTo(ours * (128L << 20));
            assertThat(n.path("usedMemoryBytes").isNumber()).as(n.toString()).isTrue();
        }
        TestSwarm.Run table = swarm.berth(dir, "cluster", "top");
        assertThat(table.out()).contains("NODE", "RESERVED MEMORY", "USED CPU", "adm-placed");
    }

    @Test
    void planShowsAnUpdateWithTheChangedFieldAndChangesNothing(@TempDir Path dir) throws Exception {
        TestSwarm.project(dir, """
                services:
                  app:
                    image: ${IMAGE}
                    stop_grace_period: 1s
                    command: ["sleep", "3600"]
                    environment: {VERSION: "${APP_VERSION:-1}"}
                  db:
                    image: ${IMAGE}
                    stop_grace_period: 1s
                    command: ["sleep", "3600"]
                """);
        TestSwarm.Run up = swarm.berth(dir, "up", "adm-plan", "--progress", "plain");
        assertThat(up.code()).as(up.all()).isZero();
        Function<String, List<String>> taskIds = service -> swarm.tasks("adm-plan", service).stream()
                .map(TaskState::id).sorted().toList();
        List<String> before = taskIds.apply("app");

        TestSwarm.Run plan = swarm.berthWith(Map.of("APP_VERSION", "2"), dir, "plan", "adm-plan");
        assertThat(plan.code()).as(plan.all()).isZero();
        assertThat(plan.out()).containsPattern("update +service +adm-plan_app +TaskTemplate.ContainerSpec.Env")
                .containsPattern("keep +service +adm-plan_db").contains("admission: fits");
        assertThat(plan.out().lines().filter(l -> l.startsWith("app ")).findFirst()).hasValueSatisfying(
                l -> assertThat(l).contains("128 MiB, 0.1 CPU"));
        assertThat(taskIds.apply("app")).isEqualTo(before);
    }
}
