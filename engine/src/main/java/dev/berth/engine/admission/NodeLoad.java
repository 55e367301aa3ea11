package dev.berth.engine.admission;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A node during the simulation: what is still free on it and how many tasks it runs (Swarm's NodeInfo). */
final class NodeLoad {

    final NodeCapacity node;
    long freeNanoCpus;
    long freeMemory;
    int activeTasks;
    final Map<String, Integer> tasksByService = new HashMap<>();
    final Set<String> usedHostPorts = new HashSet<>();

    NodeLoad(NodeCapacity node) {
        this.node = node;
        this.freeNanoCpus = node.nanoCpus();
        this.freeMemory = node.memoryBytes();
    }

    void add(String service, long nanoCpus, long memoryBytes, boolean active, List<String> hostPorts) {
        usedHostPorts.addAll(hostPorts);
        freeNanoCpus -= nanoCpus;
        freeMemory -= memoryBytes;
        if (active) {
            activeTasks++;
            tasksByService.merge(service, 1, Integer::sum);
        }
    }

    int tasksOf(String service) {
        return tasksByService.getOrDefault(service, 0);
    }

    boolean hasRoomFor(Demand d) {
        return !d.reservesAnything() || (d.nanoCpus() <= freeNanoCpus && d.memoryBytes() <= freeMemory);
    }

    /** Swarm's HostPortFilter: a port published in host mode is taken once per node. */
    boolean hasPortsFor(Demand d) {
        return d.hostPorts().stream().noneMatch(usedHostPorts::contains);
    }

    NodeFree free() {
        return new NodeFree(node.id(), node.displayName(), Math.max(0, freeNanoCpus), Math.max(0, freeMemory));
    }
}
