package dev.berth.swarm.cluster;

import dev.berth.swarm.client.Observed.EngineInfo;
import dev.berth.swarm.client.Observed.NodeState;
import dev.berth.swarm.client.SwarmClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The swarm's nodes as the manager lists them, each matched to the engine Berth was told to
 * use for it: by the engine's own answer (its Swarm node ID), or, for an engine that does not
 * answer, by the name configured for it.
 */
public final class NodeListing {

    private NodeListing() {
    }

    /**
     * What one configured engine said: {@code nodeId} null when it did not answer ({@code error}
     * then says why), "" when it is in no swarm.
     */
    public record EngineAnswer(String endpoint, String configuredName, String nodeId, String error) {
        public EngineAnswer(String endpoint, String configuredName, String nodeId) {
            this(endpoint, configuredName, nodeId, null);
        }
    }

    /**
     * @param engine yes, no or not configured; {@code endpoint} is the engine's URL when one is configured
     * @param engineError why the configured engine did not answer, or null
     */
    public record NodeRow(String id, String hostname, String role, String availability, String status,
                          String managerStatus, String address, String engineVersion, double cpus, long memoryBytes,
                          Map<String, String> labels, String engine, String endpoint, String engineError) {
    }

    /** Asks each engine who it is; one that does not answer gets a null node ID. */
    public static EngineAnswer ask(SwarmClient engine, String configuredName) {
        try {
            EngineInfo info = engine.info();
            return new EngineAnswer(engine.endpoint().toString(), configuredName, info.inSwarm() ? info.nodeId() : "");
        } catch (RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new EngineAnswer(engine.endpoint().toString(), configuredName, null, why);
        }
    }

    /** One row per node, managers first, then by hostname. */
    public static List<NodeRow> rows(List<NodeState> nodes, List<EngineAnswer> answers) {
        List<NodeRow> rows = new ArrayList<>();
        List<NodeState> sorted = new ArrayList<>(nodes);
        sorted.sort(java.util.Comparator.comparing((NodeState n) -> !n.role().equals("manager"))
                .thenComparing(NodeState::hostname).thenComparing(NodeState::id));
        for (NodeState n : sorted) {
            EngineAnswer answer = answers.stream().filter(a -> matches(a, n)).findFirst().orElse(null);
            String engine = answer == null ? "not configured" : answer.nodeId() == null ? "no" : "yes";
            rows.add(new NodeRow(n.id(), n.hostname(), n.role(), n.availability(), n.state(), managerStatus(n),
                    n.address(), n.engineVersion(), n.nanoCpus() / 1e9, n.memoryBytes(), n.labels(), engine,
                    answer == null ? "" : answer.endpoint(), answer == null ? null : answer.error()));
        }
        return rows;
    }

    /** Engines that answered but are no node of this swarm (a configuration mistake worth showing). */
    public static List<EngineAnswer> strangers(List<NodeState> nodes, List<EngineAnswer> answers) {
        return answers.stream().filter(a -> a.nodeId() != null && nodes.stream().noneMatch(n -> matches(a, n))).toList();
    }

    public static boolean matches(EngineAnswer a, NodeState n) {
        if (a.nodeId() != null) {
            return a.nodeId().equals(n.id());
        }
        String name = a.configuredName() == null ? "" : a.configuredName();
        if (name.isEmpty()) {
            // A tcp:// engine that does not answer: its host may be the address the node advertises.
            return a.endpoint().startsWith("tcp://") && !n.address().isEmpty()
                    && java.net.URI.create(a.endpoint().split(" ")[0]).getHost().equals(n.address());
        }
        return name.equals(n.hostname()) || name.equals(n.id()) || (name.length() >= 6 && n.id().startsWith(name));
    }

    /** leader, reachable or unreachable for a manager; "" for a worker. */
    public static String managerStatus(NodeState n) {
        if (!n.role().equals("manager")) {
            return "";
        }
        return n.leader() ? "leader" : n.managerReachability();
    }
}
