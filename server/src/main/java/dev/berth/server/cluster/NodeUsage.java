package dev.berth.server.cluster;

import dev.berth.swarm.admission.ClusterTop;
import dev.berth.swarm.admission.NodeTop;
import dev.berth.swarm.client.SwarmClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What {@code berth cluster top} reads per node (reservations and live use), read at most once
 * every {@link #FRESH} however often the nodes are asked for: a reading samples CPU for half a
 * second. Empty when the cluster cannot be read.
 */
public final class NodeUsage {

    static final Duration FRESH = Duration.ofSeconds(10);

    private final SwarmClient manager;
    private final List<SwarmClient> engines;
    private Map<String, NodeTop> last = Map.of();
    private Instant readAt = Instant.EPOCH;

    public NodeUsage(SwarmClient manager, List<SwarmClient> engines) {
        this.manager = manager;
        this.engines = List.copyOf(engines);
    }

    /** By node ID. */
    public synchronized Map<String, NodeTop> recent() {
        Instant now = Instant.now();
        if (readAt.plus(FRESH).isBefore(now)) {
            try {
                last = ClusterTop.read(manager, engines).stream()
                        .collect(Collectors.toMap(n -> n.node().id(), Function.identity(), (a, b) -> a));
            } catch (RuntimeException unreachable) {
                last = Map.of();
            }
            readAt = now;
        }
        return last;
    }
}
