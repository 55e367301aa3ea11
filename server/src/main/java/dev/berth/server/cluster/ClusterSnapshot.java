package dev.berth.server.cluster;

import dev.berth.swarm.client.Observed.NodeState;
import dev.berth.swarm.client.Observed.ServiceState;
import dev.berth.swarm.client.Observed.TaskState;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One reading of the cluster: Berth's services, their tasks (by service ID) and the nodes. */
public record ClusterSnapshot(List<ServiceState> services, Map<String, List<TaskState>> tasksByService,
                              List<NodeState> nodes, Instant readAt) {

    public static final ClusterSnapshot EMPTY = new ClusterSnapshot(List.of(), Map.of(), List.of(), Instant.EPOCH);

    public ClusterSnapshot {
        services = List.copyOf(services);
        tasksByService = Map.copyOf(tasksByService);
        nodes = List.copyOf(nodes);
    }
}
