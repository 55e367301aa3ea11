package dev.berth.engine.admission;

import java.util.List;

/**
 * What one service of an environment asks of the cluster.
 *
 * @param service the service's name on the cluster
 * @param tasks how many tasks run at once (replicas, or a job's concurrent tasks); ignored when global
 * @param global one task on every node that matches the constraints
 * @param nanoCpus CPUs reserved per task, in billionths
 * @param memoryBytes memory reserved per task
 * @param constraints Swarm placement constraints, {@code node.labels.ssd==true}
 * @param spreads spread descriptors of the placement preferences, {@code node.labels.zone}
 * @param maxPerNode max_replicas_per_node; 0 for no limit
 * @param hostPorts ports published in host mode, {@code 8080/tcp}: a node has each of them once
 */
public record Demand(String service, int tasks, boolean global, long nanoCpus, long memoryBytes,
                     List<String> constraints, List<String> spreads, long maxPerNode, List<String> hostPorts) {

    public Demand {
        constraints = constraints == null ? List.of() : List.copyOf(constraints);
        spreads = spreads == null ? List.of() : List.copyOf(spreads);
        hostPorts = hostPorts == null ? List.of() : List.copyOf(hostPorts);
    }

    /** A demand that publishes no port in host mode. */
    public Demand(String service, int tasks, boolean global, long nanoCpus, long memoryBytes, List<String> constraints,
                  List<String> spreads, long maxPerNode) {
        this(service, tasks, global, nanoCpus, memoryBytes, constraints, spreads, maxPerNode, List.of());
    }

    /** Swarm's resource filter is off for a task that reserves nothing. */
    boolean reservesAnything() {
        return nanoCpus > 0 || memoryBytes > 0;
    }
}
