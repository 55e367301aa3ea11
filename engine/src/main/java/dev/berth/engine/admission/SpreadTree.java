package dev.berth.engine.admission;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Swarm's decision tree for placement preferences: one level per spread descriptor, one branch
 * per label value; {@code tasks} counts the service's tasks in the branch, on every node, as
 * when the tree was built. Leaves hold the nodes that passed the filters, best first, at most
 * as many as tasks are to be placed. Branches are visited in the order of their values (Swarm's
 * order is a Go map's, which is random).
 */
final class SpreadTree {

    int tasks;
    TreeMap<String, SpreadTree> next;
    List<NodeLoad> nodes = new ArrayList<>();

    static SpreadTree build(List<NodeLoad> loads, Demand d, int assignments, Predicate<NodeLoad> fits,
                            Comparator<NodeLoad> better) {
        SpreadTree root = new SpreadTree();
        for (NodeLoad load : loads) {
            SpreadTree tree = root;
            for (String descriptor : d.spreads()) {
                String value = value(descriptor, load.node);
                if (value == null) {
                    continue;
                }
                tree.tasks += load.tasksOf(d.service());
                if (tree.next == null) {
                    tree.next = new TreeMap<>();
                }
                tree = tree.next.computeIfAbsent(value, v -> new SpreadTree());
            }
            tree.tasks += load.tasksOf(d.service());
            if (fits.test(load)) {
                tree.nodes.add(load);
            }
        }
        root.trim(assignments, better);
        return root;
    }

    private void trim(int assignments, Comparator<NodeLoad> better) {
        if (next != null) {
            next.values().forEach(t -> t.trim(assignments, better));
            return;
        }
        nodes.sort(better);
        if (nodes.size() > assignments) {
            nodes = new ArrayList<>(nodes.subList(0, assignments));
        }
    }

    /** The node's value for a spread descriptor; null for a descriptor Swarm does not spread over. */
    private static String value(String descriptor, NodeCapacity node) {
        String d = descriptor.toLowerCase(Locale.ROOT);
        if (d.startsWith(Constraint.NODE_LABEL) && d.length() > Constraint.NODE_LABEL.length()) {
            return node.labels().getOrDefault(descriptor.substring(Constraint.NODE_LABEL.length()), "");
        }
        if (d.startsWith(Constraint.ENGINE_LABEL) && d.length() > Constraint.ENGINE_LABEL.length()) {
            return node.engineLabels().getOrDefault(descriptor.substring(Constraint.ENGINE_LABEL.length()), "");
        }
        return null;
    }
}
