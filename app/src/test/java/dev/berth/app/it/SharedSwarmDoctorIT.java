package dev.berth.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.engine.Labels;
import dev.berth.swarm.client.Observed.NodeState;
import dev.berth.swarm.client.SwarmClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The doctor on the shared test swarm, which others use at the same time: it reads, probes and removes its probes. */
class SharedSwarmDoctorIT extends SwarmIT {

    @Test
    void doctorOnTheSharedSwarmChangesNothingButItsOwnProbes() throws Exception {
        List<String> nodesBefore = swarm.manager.nodes().stream().map(n -> n.id() + n.state() + n.availability()).toList();
        TestSwarm.Run run = swarm.berth(Path.of("."), "cluster", "doctor", "--json");
        JsonNode report = new ObjectMapper().readTree(run.out());
        List<String> names = new ArrayList<>();
        for (JsonNode c : report.path("checks")) {
            names.add(c.path("name").asText());
            if (List.of("engines", "docker_gwbridge").contains(c.path("name").asText())) {
                assertThat(c.path("status").asText()).as(c.toString()).isEqualTo("pass");
            }
            // Others' tests load the shared swarm: a probe task may start too late to be tested, but none may fail.
            if (List.of("overlay traffic", "overlay DNS").contains(c.path("name").asText())) {
                assertThat(c.path("status").asText()).as(c.toString()).isIn("pass", "warn");
            }
        }
        assertThat(names).containsExactly("engines", "managers", "engine versions", "clock skew", "disk and memory",
                "docker_gwbridge", "subnets", "virtual IPs", "overlay traffic", "overlay DNS", "registry");
        assertThat(run.code()).as(run.all()).isEqualTo(report.path("ok").asBoolean() ? 0 : 1);

        assertThat(swarm.manager.nodes().stream().map(n -> n.id() + n.state() + n.availability()).toList())
                .isEqualTo(nodesBefore);
        Map<String, List<String>> probes = Map.of("label", List.of(Labels.PROBE));
        assertThat(swarm.manager.services(probes)).isEmpty();
        for (SwarmClient node : swarm.nodes) {
            assertThat(node.local().containers(probes)).as(node.endpoint().toString()).isEmpty();
        }
        assertThat(swarm.manager.nodes()).extracting(NodeState::state).containsOnly("ready");
    }
}
