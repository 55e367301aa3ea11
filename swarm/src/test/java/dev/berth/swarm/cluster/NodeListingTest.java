package dev.berth.swarm.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.swarm.client.Observed.NodeState;
import dev.berth.swarm.cluster.NodeListing.EngineAnswer;
import dev.berth.swarm.cluster.NodeListing.NodeRow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeListingTest {

    static final NodeState LEADER = new NodeState("aaa111", "node-b", "manager", "active", "ready", "10.1.0.1", "20.10.24",
            2_000_000_000L, 1L << 32, Map.of("zone", "a"), true, "reachable");
    static final NodeState WORKER = new NodeState("bbb222", "node-a", "worker", "drain", "ready", "10.1.0.2", "20.10.24",
            1_500_000_000L, 1L << 31, Map.of(), false, "");
    static final NodeState GONE = new NodeState("ccc333", "node-c", "worker", "active", "down", "10.1.0.3", "20.10.24",
            1_000_000_000L, 1L << 31, Map.of(), false, "");

    @Test
    void engineAnswersMatchByNodeIdNameOrAdvertisedAddress() {
        List<EngineAnswer> answers = List.of(
                new EngineAnswer("unix:///m.sock", "", "aaa111"),
                new EngineAnswer("unix:///w.sock", "node-c", "bbb222"), // the engine's own answer wins over its name
                new EngineAnswer("tcp://10.1.0.3:2376", "", null, "Connection refused"));
        List<NodeRow> rows = NodeListing.rows(List.of(WORKER, GONE, LEADER), answers);
        assertThat(rows).extracting(NodeRow::engineError).containsExactly(null, null, "Connection refused");
        assertThat(rows).extracting(NodeRow::hostname, NodeRow::managerStatus, NodeRow::engine, NodeRow::endpoint)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("node-b", "leader", "yes", "unix:///m.sock"),
                        org.assertj.core.groups.Tuple.tuple("node-a", "", "yes", "unix:///w.sock"),
                        org.assertj.core.groups.Tuple.tuple("node-c", "", "no", "tcp://10.1.0.3:2376"));
        assertThat(rows.get(0).cpus()).isEqualTo(2.0);
    }

    @Test
    void aSilentEngineWithoutNameOrAddressMatchesNothing() {
        List<NodeRow> rows = NodeListing.rows(List.of(GONE), List.of(new EngineAnswer("unix:///c.sock", "", null)));
        assertThat(rows.get(0).engine()).isEqualTo("not configured");
        assertThat(NodeListing.rows(List.of(GONE), List.of(new EngineAnswer("unix:///c.sock", "node-c", null)))
                .get(0).engine()).isEqualTo("no");
    }

    @Test
    void enginesOfNoNodeAreStrangers() {
        List<EngineAnswer> answers = List.of(new EngineAnswer("unix:///m.sock", "", "aaa111"),
                new EngineAnswer("unix:///x.sock", "", ""), new EngineAnswer("unix:///y.sock", "", null));
        assertThat(NodeListing.strangers(List.of(LEADER), answers)).extracting(EngineAnswer::endpoint)
                .containsExactly("unix:///x.sock");
    }
}
