package dev.berth.swarm.doctor;

import dev.berth.swarm.client.Observed.NodeState;
import dev.berth.swarm.cluster.NodeListing;
import java.util.List;

/** How the doctor names a node: hostname and short ID, since hostnames may repeat. */
final class NodeNames {

    private NodeNames() {
    }

    static String of(NodeState node) {
        return node.hostname() + " (" + shortId(node.id()) + ")";
    }

    static String of(String nodeId, List<NodeState> nodes) {
        return nodes.stream().filter(n -> n.id().equals(nodeId)).findFirst().map(NodeNames::of)
                .orElse(nodeId.isEmpty() ? "?" : shortId(nodeId));
    }

    static String shortId(String id) {
        return id.length() > 12 ? id.substring(0, 12) : id;
    }

    /** The node an engine reading belongs to: by the engine's own node ID, else by its configured name or address. */
    static NodeState match(EngineReading reading, List<NodeState> nodes) {
        NodeListing.EngineAnswer answer = new NodeListing.EngineAnswer(reading.endpoint(), reading.configuredName(),
                reading.reachable() ? (reading.info().inSwarm() ? reading.info().nodeId() : "") : null);
        return nodes.stream().filter(n -> NodeListing.matches(answer, n)).findFirst().orElse(null);
    }

    static String list(List<String> names) {
        return String.join(", ", names);
    }
}
