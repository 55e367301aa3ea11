package dev.berth.swarm.build;

import dev.berth.compose.model.Service;
import dev.berth.swarm.client.EngineUnreachableException;
import dev.berth.swarm.client.Observed.NodeState;
import dev.berth.swarm.client.SwarmClient;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The swarm's nodes that may run a service, each with its own engine where Berth can reach it.
 * Engines are matched to nodes by the node ID each engine reports; read once, on first use.
 */
final class NodeEngines {

    /** A node that may run the service; {@code engine} is null when Berth cannot reach it. */
    record Target(String name, SwarmClient engine) {
    }

    private final SwarmClient manager;
    private final List<SwarmClient> engines;
    private Map<String, SwarmClient> byNode;
    private List<String> unreachable;
    private List<NodeState> nodes;

    NodeEngines(SwarmClient manager, List<SwarmClient> engines) {
        this.manager = manager;
        this.engines = List.copyOf(engines);
    }

    /** Ready, active nodes whose labels, role and name the service's placement constraints allow, by name. */
    List<Target> targets(Service service) {
        discover();
        List<Target> out = new ArrayList<>();
        for (NodeState node : nodes) {
            if (node.state().equals("ready") && node.availability().equals("active")
                    && PlacementFilter.allows(service, node)) {
                out.add(new Target(name(node), byNode.get(node.id())));
            }
        }
        return out;
    }

    /** The engines that did not answer, for messages. */
    String unreachableNote() {
        discover();
        return unreachable.isEmpty() ? "" : " (no answer from " + String.join(", ", unreachable) + ")";
    }

    private void discover() {
        if (byNode != null) {
            return;
        }
        byNode = new LinkedHashMap<>();
        unreachable = new ArrayList<>();
        nodes = new ArrayList<>(manager.nodes());
        nodes.sort(Comparator.comparing(NodeEngines::name));
        for (SwarmClient engine : engines) {
            try {
                String id = engine.info().nodeId();
                if (!id.isEmpty()) {
                    byNode.putIfAbsent(id, engine);
                }
            } catch (EngineUnreachableException e) {
                unreachable.add(engine.endpoint().toString());
            }
        }
    }

    private static String name(NodeState node) {
        return node.hostname().isEmpty() ? node.id() : node.hostname();
    }
}
