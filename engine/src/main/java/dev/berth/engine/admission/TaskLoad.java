package dev.berth.engine.admission;

/**
 * A task already on a node, with what it reserves. Only tasks Swarm's scheduler counts belong
 * here: assigned to a node, between {@code pending} and {@code running}.
 *
 * @param service the service's name on the cluster
 * @param environment the Berth environment of its service, or null for a service Berth did not make
 * @param active whether its desired state still counts it among the node's tasks for spreading
 *        (desired {@code running} or {@code complete}, not {@code shutdown})
 * @param hostPorts the ports its service publishes in host mode, {@code 8080/tcp}, which it holds on its node
 */
public record TaskLoad(String id, String nodeId, String service, String environment, long nanoCpus,
                       long memoryBytes, boolean active, java.util.List<String> hostPorts) {

    public TaskLoad {
        hostPorts = hostPorts == null ? java.util.List.of() : java.util.List.copyOf(hostPorts);
    }

    /** A task whose service publishes no port in host mode. */
    public TaskLoad(String id, String nodeId, String service, String environment, long nanoCpus, long memoryBytes,
                    boolean active) {
        this(id, nodeId, service, environment, nanoCpus, memoryBytes, active, java.util.List.of());
    }

    /** Swarm's task states in their order; the scheduler counts a task from pending to running. */
    private static final java.util.List<String> STATES = java.util.List.of("new", "pending", "assigned", "accepted",
            "preparing", "ready", "starting", "running", "complete", "shutdown", "failed", "rejected", "remove",
            "orphaned");

    /** Whether a task in {@code state} with {@code desiredState} holds its node's resources, as the scheduler counts. */
    public static boolean holdsResources(String nodeId, String state, String desiredState) {
        int s = STATES.indexOf(state);
        if (nodeId == null || nodeId.isEmpty() || s < STATES.indexOf("pending") || s > STATES.indexOf("running")) {
            return false;
        }
        return !(s == STATES.indexOf("pending") && STATES.indexOf(desiredState) > STATES.indexOf("complete"));
    }

    /** Whether a task with {@code desiredState} counts among its node's tasks when the scheduler spreads. */
    public static boolean counts(String desiredState) {
        int d = STATES.indexOf(desiredState);
        return d >= 0 && d <= STATES.indexOf("complete");
    }
}
