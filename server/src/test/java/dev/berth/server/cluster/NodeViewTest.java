package dev.berth.server.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.admission.NodeCapacity;
import dev.berth.server.FixedCluster;
import dev.berth.swarm.admission.NodeTop;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeViewTest {

    private final ClusterSnapshot snapshot = new FixedCluster().environment("blue-env", "blue", 1).read();
    private final NodeCapacity capacity = new NodeCapacity("node-a", "berth-node1", "manager", "active", "ready",
            Map.of(), Map.of(), "linux", "x86_64", 2_000_000_000L, 4L << 30);

    @Test
    void aTopReadingGivesReservationsAndUse() {
        NodeTop top = new NodeTop(capacity, 500_000_000L, 256L << 20, 250_000_000L, 100L << 20, List.of("blue-env"));
        NodeView node = NodeView.of(snapshot, Map.of("node-a", top)).get(0);
        assertThat(node.reservedCpus()).isEqualTo(0.5);
        assertThat(node.reservedMemoryBytes()).isEqualTo(256L << 20);
        assertThat(node.usedCpus()).isEqualTo(0.25);
        assertThat(node.usedMemoryBytes()).isEqualTo(100L << 20);
        assertThat(node.environments()).containsExactly("blue-env");
    }

    @Test
    void aNodeWhoseEngineIsNotReachedHasUnknownUse() {
        NodeTop top = new NodeTop(capacity, 500_000_000L, 256L << 20, null, null, List.of("blue-env"));
        NodeView node = NodeView.of(snapshot, Map.of("node-a", top)).get(0);
        assertThat(node.reservedCpus()).isEqualTo(0.5);
        assertThat(node.usedCpus()).isNull();
        assertThat(node.usedMemoryBytes()).isNull();
    }

    @Test
    void withoutAReadingTheCachedViewGivesReservations() {
        NodeView node = NodeView.of(snapshot, Map.of()).get(0);
        assertThat(node.hostname()).isEqualTo("berth-node1");
        assertThat(node.reservedCpus()).isZero();
        assertThat(node.usedCpus()).isNull();
        assertThat(node.environments()).containsExactly("blue-env");
    }
}
