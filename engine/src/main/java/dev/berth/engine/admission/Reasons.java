package dev.berth.engine.admission;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Why a service's tasks do not all fit, in the words of its constraints, limits and free capacity. */
final class Reasons {

    private Reasons() {
    }

    /**
     * @param loads every node, after the simulation placed what fits
     * @param before the service's tasks per node ID before this placement (its kept tasks)
     */
    static Refusal refusal(Demand d, List<Constraint> constraints, int placed, List<NodeLoad> loads,
                           Map<String, Integer> before) {
        List<NodeLoad> ready = loads.stream().filter(n -> n.node.takesTasks()).toList();
        List<NodeLoad> eligible = ready.stream().filter(n -> Constraint.all(constraints, n.node)).toList();
        NodeFree best = mostMemory(eligible.isEmpty() ? ready : eligible);
        int wanted = d.global() ? 0 : d.tasks();
        String why = why(d, constraints, ready, eligible, before);
        if (placed > 0) {
            why = placed + " of " + wanted + " tasks fit; " + why;
        }
        return new Refusal(d.service(), wanted, placed, d.nanoCpus(), d.memoryBytes(), best, why);
    }

    private static String why(Demand d, List<Constraint> constraints, List<NodeLoad> ready, List<NodeLoad> eligible,
                              Map<String, Integer> before) {
        if (ready.isEmpty()) {
            return "no node is ready and active";
        }
        if (eligible.isEmpty()) {
            for (Constraint c : constraints) {
                if (ready.stream().noneMatch(n -> c.matches(n.node))) {
                    return "constraint " + c.text() + " matches no node";
                }
            }
            return "constraints " + constraints.stream().map(Constraint::text).collect(Collectors.joining(" and "))
                    + " match no node together";
        }
        if (d.maxPerNode() > 0) {
            long allowed = eligible.stream()
                    .mapToLong(n -> Math.max(0, d.maxPerNode() - before.getOrDefault(n.node.id(), 0))).sum();
            if (allowed < d.tasks()) {
                return "max_replicas_per_node " + d.maxPerNode() + " allows " + allowed + " tasks on "
                        + eligible.size() + (eligible.size() == 1 ? " node" : " nodes") + ", " + d.tasks() + " wanted";
            }
        }
        if (!d.hostPorts().isEmpty() && eligible.stream().noneMatch(n -> n.hasPortsFor(d))) {
            return "host-mode port " + String.join(", ", d.hostPorts()) + " is taken on every node it may use"
                    + " (one task per node and port)";
        }
        return shortage(d, eligible);
    }

    /** Neither memory nor CPUs, or not both on one node. */
    private static String shortage(Demand d, List<NodeLoad> eligible) {
        NodeFree mem = mostMemory(eligible);
        NodeFree cpu = eligible.stream().map(NodeLoad::free).max(Comparator.comparingLong(NodeFree::nanoCpus)).orElseThrow();
        if (mem.memoryBytes() < d.memoryBytes()) {
            return "no node has " + Quantities.memory(d.memoryBytes()) + " free memory (best: " + mem.node() + ", "
                    + Quantities.memory(mem.memoryBytes()) + ")";
        }
        if (cpu.nanoCpus() < d.nanoCpus()) {
            return "no node has " + Quantities.cpus(d.nanoCpus()) + " free (best: " + cpu.node() + ", "
                    + Quantities.cpus(cpu.nanoCpus()) + ")";
        }
        return "no node has both " + Quantities.memory(d.memoryBytes()) + " memory and " + Quantities.cpus(d.nanoCpus())
                + " free (most memory: " + mem.node() + ", " + Quantities.memory(mem.memoryBytes()) + ", "
                + Quantities.cpus(mem.nanoCpus()) + ")";
    }

    /** A global service that does not fit on some of its nodes. */
    static Refusal globalRefusal(Demand d, int wanted, List<NodeLoad> tooFull) {
        NodeFree first = tooFull.get(0).free();
        String what = !tooFull.get(0).hasPortsFor(d) ? "host-mode port " + String.join(", ", d.hostPorts()) + " taken"
                : first.memoryBytes() < d.memoryBytes() ? Quantities.memory(first.memoryBytes()) + " free memory"
                : Quantities.cpus(first.nanoCpus()) + " free";
        String others = tooFull.size() > 1 ? " and " + (tooFull.size() - 1) + " more" : "";
        return new Refusal(d.service(), wanted, wanted - tooFull.size(), d.nanoCpus(), d.memoryBytes(), first,
                "global: " + first.node() + others + " cannot take a task (" + first.node() + " has " + what + ")");
    }

    private static NodeFree mostMemory(List<NodeLoad> nodes) {
        return nodes.stream().map(NodeLoad::free).max(Comparator.comparingLong(NodeFree::memoryBytes)).orElse(null);
    }
}
