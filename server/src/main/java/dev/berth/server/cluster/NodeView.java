package dev.berth.server.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.engine.Labels;
import dev.berth.swarm.admission.NodeTop;
import dev.berth.swarm.client.Observed.NodeState;
import dev.berth.swarm.client.Observed.ServiceState;
import dev.berth.swarm.client.Observed.TaskState;
import dev.berth.swarm.cluster.NodeListing;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A node with what the tasks on it reserve and what its containers use, as {@code berth cluster
 * top} reads them; use is null where the node's engine cannot be reached. Without such a reading
 * the reservations are those of Berth's running tasks in the cached view. Also what {@code berth
 * cluster nodes} shows of the node: manager status (leader, reachable, unreachable; "" for a
 * worker), address, engine version and labels.
 */
public record NodeView(String id, String hostname, String role, String availability, String state, double cpus,
                       long memoryBytes, double reservedCpus, long reservedMemoryBytes, Double usedCpus,
                       Long usedMemoryBytes, List<String> environments, String managerStatus, String address,
                       String engineVersion, Map<String, String> labels) {

    public static List<NodeView> of(ClusterSnapshot snapshot) {
        return of(snapshot, Map.of());
    }

    /** {@code top}: the reading of {@code berth cluster top}, by node ID. */
    public static List<NodeView> of(ClusterSnapshot snapshot, Map<String, NodeTop> top) {
        Map<String, ServiceState> services = new HashMap<>();
        snapshot.services().forEach(s -> services.put(s.id(), s));
        List<NodeView> out = new ArrayList<>();
        for (NodeState n : snapshot.nodes()) {
            NodeTop read = top.get(n.id());
            if (read != null) {
                out.add(new NodeView(n.id(), n.hostname(), n.role(), n.availability(), n.state(), n.nanoCpus() / 1e9,
                        n.memoryBytes(), read.reservedNanoCpus() / 1e9, read.reservedMemory(),
                        read.usedNanoCpus() == null ? null : read.usedNanoCpus() / 1e9, read.usedMemory(),
                        read.environments(), NodeListing.managerStatus(n), n.address(), n.engineVersion(),
                        n.labels()));
                continue;
            }
            long nanoCpus = 0;
            long memory = 0;
            TreeSet<String> envs = new TreeSet<>();
            for (var entry : snapshot.tasksByService().entrySet()) {
                ServiceState s = services.get(entry.getKey());
                if (s == null) {
                    continue;
                }
                for (TaskState t : entry.getValue()) {
                    if (t.nodeId().equals(n.id()) && t.desiredState().equals("running") && !t.terminal()) {
                        JsonNode r = s.spec().path("TaskTemplate").path("Resources").path("Reservations");
                        nanoCpus += r.path("NanoCPUs").asLong();
                        memory += r.path("MemoryBytes").asLong();
                        envs.add(s.labels().getOrDefault(Labels.ENVIRONMENT, ""));
                    }
                }
            }
            out.add(new NodeView(n.id(), n.hostname(), n.role(), n.availability(), n.state(), n.nanoCpus() / 1e9,
                    n.memoryBytes(), nanoCpus / 1e9, memory, null, null, List.copyOf(envs), NodeListing.managerStatus(n),
                    n.address(), n.engineVersion(), n.labels()));
        }
        return out;
    }
}
