package dev.berth.engine.admission;

import java.util.Map;

/**
 * A node as Swarm's scheduler sees it: what it is (for constraints and spread preferences),
 * whether it takes new tasks, and its whole capacity (reservations are subtracted elsewhere).
 *
 * @param role {@code manager} or {@code worker}
 * @param availability {@code active}, {@code pause} or {@code drain}
 * @param state {@code ready}, {@code down}, {@code disconnected} or {@code unknown}
 */
public record NodeCapacity(String id, String hostname, String role, String availability, String state,
                           Map<String, String> labels, Map<String, String> engineLabels, String os, String arch,
                           long nanoCpus, long memoryBytes) {

    public NodeCapacity {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        engineLabels = engineLabels == null ? Map.of() : Map.copyOf(engineLabels);
        hostname = hostname == null ? "" : hostname;
        os = os == null ? "" : os;
        arch = arch == null ? "" : arch;
    }

    /** Takes new tasks: ready and active (Swarm's ReadyFilter). */
    public boolean takesTasks() {
        return "ready".equals(state) && "active".equals(availability);
    }

    /** The name people know the node by: its hostname, else its ID. */
    public String displayName() {
        return hostname.isEmpty() ? id : hostname;
    }
}
