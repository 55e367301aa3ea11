package dev.berth.engine.admission;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Whether an environment fits on the cluster, found by placing its tasks as Swarm's scheduler
 * would (moby/swarmkit manager/scheduler): a node must be ready and active, have the task's
 * reservations free, match its constraints, have its host-mode ports free and stay under
 * max_replicas_per_node; tasks spread
 * over the branches of the placement preferences, then onto the nodes with the fewest tasks of
 * the service, then the fewest tasks overall. Where Swarm breaks a tie at random, the
 * simulation takes the node with the lower hostname, then ID. Pure.
 */
public final class AdmissionCheck {

    private final Map<String, NodeLoad> loads = new LinkedHashMap<>();
    private final List<TaskPlacement> placements = new ArrayList<>();
    private final List<Refusal> refusals = new ArrayList<>();

    private AdmissionCheck(ClusterState state, Set<String> freed) {
        state.nodes().stream()
                .sorted(Comparator.comparing(NodeCapacity::hostname).thenComparing(NodeCapacity::id))
                .forEach(n -> loads.put(n.id(), new NodeLoad(n)));
        for (TaskLoad t : state.tasks()) {
            NodeLoad load = loads.get(t.nodeId());
            if (load != null && !freed.contains(t.service())) {
                load.add(t.service(), t.nanoCpus(), t.memoryBytes(), t.active(), t.hostPorts());
            }
        }
    }

    /**
     * Places {@code demands} in order on the cluster as it is, less the tasks of the services
     * in {@code freed} (an environment's own services that are about to be replaced or removed).
     */
    public static AdmissionResult check(ClusterState state, List<Demand> demands, Set<String> freed) {
        AdmissionCheck check = new AdmissionCheck(state, new HashSet<>(freed));
        demands.forEach(check::place);
        return new AdmissionResult(check.placements, check.refusals,
                check.loads.values().stream().map(NodeLoad::free).toList());
    }

    private void place(Demand d) {
        List<Constraint> constraints;
        try {
            constraints = Constraint.parse(d.constraints());
        } catch (IllegalArgumentException e) {
            refusals.add(new Refusal(d.service(), d.global() ? 0 : d.tasks(), 0, d.nanoCpus(), d.memoryBytes(), null,
                    e.getMessage()));
            return;
        }
        if (d.global()) {
            placeGlobal(d, constraints);
            return;
        }
        if (d.tasks() <= 0) {
            return;
        }
        Predicate<NodeLoad> fits = n -> n.node.takesTasks() && n.hasRoomFor(d) && Constraint.all(constraints, n.node)
                && n.hasPortsFor(d) && (d.maxPerNode() <= 0 || n.tasksOf(d.service()) < d.maxPerNode());
        Comparator<NodeLoad> better = better(d.service());
        Map<String, Integer> before = counts(d.service());
        SpreadTree tree = SpreadTree.build(List.copyOf(loads.values()), d, d.tasks(), fits, better);
        int placed = onSubtree(d, d.tasks(), tree, fits, better);
        if (placed < d.tasks()) {
            refusals.add(Reasons.refusal(d, constraints, placed, List.copyOf(loads.values()), before));
        }
    }

    /** One task on every node that takes tasks and matches the constraints; each must fit there. */
    private void placeGlobal(Demand d, List<Constraint> constraints) {
        int wanted = 0;
        List<NodeLoad> short_ = new ArrayList<>();
        for (NodeLoad n : loads.values()) {
            if (!n.node.takesTasks() || !Constraint.all(constraints, n.node)) {
                continue;
            }
            wanted++;
            if (n.hasRoomFor(d) && n.hasPortsFor(d)) {
                assign(d, n);
            } else {
                short_.add(n);
            }
        }
        if (wanted == 0) {
            refusals.add(Reasons.refusal(d, constraints, 0, List.copyOf(loads.values()), Map.of()));
        } else if (!short_.isEmpty()) {
            refusals.add(Reasons.globalRefusal(d, wanted, short_));
        }
    }

    /** Swarm's scheduleNTasksOnSubtree: even out the branches, recursing down to the leaves. */
    private int onSubtree(Demand d, int n, SpreadTree tree, Predicate<NodeLoad> fits, Comparator<NodeLoad> better) {
        if (tree.next == null) {
            List<NodeLoad> nodes = new ArrayList<>(tree.nodes.stream().filter(fits).sorted(better).toList());
            return nodes.isEmpty() ? 0 : onNodes(d, n, nodes, fits, better);
        }
        int scheduled = 0;
        int inUsable = tree.tasks;
        Set<SpreadTree> noRoom = new HashSet<>();
        boolean converging = true;
        while (scheduled != n && noRoom.size() != tree.next.size() && converging) {
            int branches = tree.next.size() - noRoom.size();
            int perBranch = (inUsable + n - scheduled) / branches;
            int remainder = (inUsable + n - scheduled) % branches;
            converging = false;
            for (SpreadTree sub : tree.next.values()) {
                if (noRoom.contains(sub)) {
                    continue;
                }
                if (sub.tasks < perBranch || (sub.tasks == perBranch && remainder > 0)) {
                    converging = true;
                    int toAssign = perBranch - sub.tasks + (remainder > 0 ? 1 : 0);
                    int res = onSubtree(d, toAssign, sub, fits, better);
                    if (res < toAssign) {
                        noRoom.add(sub);
                        inUsable -= sub.tasks;
                    } else if (remainder > 0) {
                        remainder--;
                    }
                    scheduled += res;
                }
            }
        }
        return scheduled;
    }

    /** Swarm's scheduleNTasksOnNodes: fill the best nodes until they are even, then go round. */
    private int onNodes(Demand d, int n, List<NodeLoad> nodes, Predicate<NodeLoad> fits, Comparator<NodeLoad> better) {
        int scheduled = 0;
        int iter = 0;
        int count = nodes.size();
        Set<Integer> failed = new HashSet<>();
        while (true) {
            NodeLoad node = nodes.get(iter % count);
            assign(d, node);
            if (++scheduled == n) {
                return scheduled;
            }
            if (iter + 1 < count) {
                if (better.compare(nodes.get((iter + 1) % count), node) < 0) {
                    iter++;
                }
            } else {
                iter++;
            }
            int start = iter;
            while (failed.contains(iter % count) || !fits.test(nodes.get(iter % count))) {
                failed.add(iter % count);
                iter++;
                if (iter - start == count) {
                    return scheduled;
                }
            }
        }
    }

    private void assign(Demand d, NodeLoad node) {
        node.add(d.service(), d.nanoCpus(), d.memoryBytes(), true, d.hostPorts());
        placements.add(new TaskPlacement(d.service(), node.node.id(), node.node.displayName()));
    }

    /** Swarm's nodeLess: fewer tasks of the service, then fewer tasks in all. */
    private static Comparator<NodeLoad> better(String service) {
        return Comparator.<NodeLoad>comparingInt(n -> n.tasksOf(service))
                .thenComparingInt(n -> n.activeTasks)
                .thenComparing(n -> n.node.hostname())
                .thenComparing(n -> n.node.id());
    }

    private Map<String, Integer> counts(String service) {
        Map<String, Integer> out = new LinkedHashMap<>();
        loads.forEach((id, n) -> out.put(id, n.tasksOf(service)));
        return out;
    }
}
