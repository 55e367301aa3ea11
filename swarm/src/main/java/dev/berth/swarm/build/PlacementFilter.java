package dev.berth.swarm.build;

import dev.berth.compose.model.Service;
import dev.berth.swarm.client.Observed.NodeState;
import java.util.List;

/**
 * Whether a service's placement constraints let it run on a node. Constraints on what Berth
 * does not know here (engine labels, platform) are taken to allow the node, so an image is
 * rather sent once too often than missing.
 */
final class PlacementFilter {

    private PlacementFilter() {
    }

    static boolean allows(Service service, NodeState node) {
        if (service.deploy() == null || service.deploy().placement() == null) {
            return true;
        }
        List<String> constraints = service.deploy().placement().constraints();
        return constraints.stream().allMatch(c -> allows(c, node));
    }

    static boolean allows(String constraint, NodeState node) {
        boolean equal = !constraint.contains("!=");
        String[] parts = constraint.split(equal ? "==" : "!=", 2);
        if (parts.length != 2) {
            return true;
        }
        String key = parts[0].strip();
        String expected = parts[1].strip();
        String actual;
        if (key.equals("node.id")) {
            actual = node.id();
        } else if (key.equals("node.hostname")) {
            actual = node.hostname();
        } else if (key.equals("node.role")) {
            actual = node.role();
        } else if (key.startsWith("node.labels.")) {
            actual = node.labels().get(key.substring("node.labels.".length()));
        } else {
            return true;
        }
        boolean same = expected.equals(actual) || (key.equals("node.hostname") || key.equals("node.role"))
                && expected.equalsIgnoreCase(actual);
        return equal == same;
    }
}
