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
 */
public record Demand(String service, int tasks, boolean global, long nanoCpus, long memoryBytes,
                     List<String> constraints, List<String> spreads, long maxPerNode) {

    public Demand {
        constraints = constraints == null ? List.of() : List.copyOf(constraints);
        spreads = spreads == null ? List.of() : List.copyOf(spreads);
    }

    /** Swarm's resource filter is off for a task that reserves nothing. */
    boolean reservesAnything() {
        return nanoCpus > 0 || memoryBytes > 0;
    }
}
