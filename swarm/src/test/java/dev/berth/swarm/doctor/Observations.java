package dev.berth.swarm.doctor;

import dev.berth.engine.cluster.HostFacts;
import dev.berth.swarm.client.Observed.EngineInfo;
import dev.berth.swarm.client.Observed.NodeState;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Small observations of a cluster, for the checks' tests. */
final class Observations {

    static final long GIB = 1L << 30;

    private Observations() {
    }

    static NodeState manager(String id, String host) {
        return new NodeState(id, host, "manager", "active", "ready", "10.1.0.1", "20.10.24", 2_000_000_000L, 4 * GIB,
                Map.of(), true, "reachable");
    }

    static NodeState worker(String id, String host) {
        return new NodeState(id, host, "worker", "active", "ready", "10.1.0.2", "20.10.24", 2_000_000_000L, 4 * GIB,
                Map.of(), false, "");
    }

    static NodeState with(NodeState n, String state, String version, String reachability, boolean leader) {
        return new NodeState(n.id(), n.hostname(), n.role(), n.availability(), state, n.address(), version,
                n.nanoCpus(), n.memoryBytes(), n.labels(), leader, reachability);
    }

    static EngineReading engine(String endpoint, String nodeId, long offsetMillis, HostFacts host) {
        EngineInfo info = new EngineInfo(nodeId, "active", false, "20.10.24", 2, 4 * GIB, "", "");
        return new EngineReading(endpoint, "", info, null, Duration.ofMillis(offsetMillis), host, true);
    }

    static HostFacts host(long diskFree, long diskTotal, long memory, List<HostFacts.Route> routes) {
        return new HostFacts(List.of(), routes, diskFree, diskTotal, memory);
    }

    static HostFacts roomy() {
        return host(100 * GIB, 200 * GIB, 8 * GIB, List.of());
    }
}
