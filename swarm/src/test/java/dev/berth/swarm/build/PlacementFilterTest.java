package dev.berth.swarm.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.swarm.client.Observed.NodeState;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlacementFilterTest {

    private static final NodeState WORKER = new NodeState("id2", "berth-node2", "worker", "active", "ready", "",
            "", 0, 0, Map.of("zone", "b"), false, "");

    @Test
    void evaluatesNodeIdHostnameRoleAndLabels() {
        assertThat(PlacementFilter.allows("node.role==worker", WORKER)).isTrue();
        assertThat(PlacementFilter.allows("node.role == manager", WORKER)).isFalse();
        assertThat(PlacementFilter.allows("node.role!=manager", WORKER)).isTrue();
        assertThat(PlacementFilter.allows("node.hostname==berth-node2", WORKER)).isTrue();
        assertThat(PlacementFilter.allows("node.id==id1", WORKER)).isFalse();
        assertThat(PlacementFilter.allows("node.labels.zone==b", WORKER)).isTrue();
        assertThat(PlacementFilter.allows("node.labels.zone!=b", WORKER)).isFalse();
        assertThat(PlacementFilter.allows("node.labels.disk==ssd", WORKER)).isFalse();
    }

    @Test
    void whatItCannotJudgeAllowsTheNode() {
        assertThat(PlacementFilter.allows("engine.labels.x==y", WORKER)).isTrue();
        assertThat(PlacementFilter.allows("node.platform.os==linux", WORKER)).isTrue();
    }
}
