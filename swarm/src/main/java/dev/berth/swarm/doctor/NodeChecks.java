package dev.berth.swarm.doctor;

import dev.berth.engine.cluster.HostFacts;
import dev.berth.swarm.client.Observed.NodeState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The doctor's checks of the nodes and their engines, as pure functions of what was observed. */
final class NodeChecks {

    static final Duration SKEW_WARN = Duration.ofSeconds(2);
    static final Duration SKEW_FAIL = Duration.ofSeconds(60);
    static final long GIB = 1L << 30;

    private NodeChecks() {
    }

    /** Nodes Swarm considers down, configured engines that do not answer, engines in no node of this swarm. */
    static Check engines(List<NodeState> nodes, List<EngineReading> engines) {
        List<String> failures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (NodeState n : nodes) {
            if (n.state().equals("down")) {
                failures.add("node " + NodeNames.of(n) + " is down (its engine stopped or lost touch with the managers)");
            } else if (!n.state().equals("ready")) {
                warnings.add("node " + NodeNames.of(n) + " is " + n.state());
            }
        }
        List<String> matched = new ArrayList<>();
        for (EngineReading e : engines) {
            NodeState node = NodeNames.match(e, nodes);
            if (node != null) {
                matched.add(node.id());
            }
            if (!e.reachable()) {
                failures.add("the engine at " + e.endpoint() + (node == null ? "" : " (node " + NodeNames.of(node) + ")")
                        + " does not answer: " + e.error());
            } else if (node == null) {
                warnings.add("the engine at " + e.endpoint() + " is " + (e.info().inSwarm()
                        ? "node " + NodeNames.shortId(e.info().nodeId()) + " of another swarm" : "in no swarm"));
            }
        }
        List<String> unconfigured = nodes.stream().filter(n -> !matched.contains(n.id())).map(NodeNames::of).toList();
        long ready = nodes.stream().filter(n -> n.state().equals("ready")).count();
        long reachable = engines.stream().filter(EngineReading::reachable).count();
        boolean nameless = engines.stream().anyMatch(e -> !e.reachable() && NodeNames.match(e, nodes) == null);
        String note = unconfigured.isEmpty() ? "" : "; no engine matched to " + NodeNames.list(unconfigured)
                + " (per-node checks skip them; " + (nameless ? "an engine that does not answer is matched by its"
                + " name in cluster.nodes" : "add their engines under cluster.nodes") + ")";
        if (!failures.isEmpty()) {
            return Check.fail("engines", String.join("; ", failures) + note,
                    "start the engine (systemctl start docker) or fix its address in cluster.nodes; a node that is gone"
                            + " for good: docker node rm --force ID on a manager");
        }
        if (!warnings.isEmpty()) {
            return Check.warn("engines", String.join("; ", warnings) + note,
                    "check cluster.nodes: each entry should be the engine of a node of this swarm");
        }
        return Check.pass("engines", ready + " of " + nodes.size() + " nodes ready; " + reachable + " node engine"
                + (reachable == 1 ? "" : "s") + " answer" + (reachable == 1 ? "s" : "") + note);
    }

    /** Manager count and quorum. */
    static Check managers(List<NodeState> nodes) {
        List<NodeState> managers = nodes.stream().filter(n -> n.role().equals("manager")).toList();
        int m = managers.size();
        List<String> unreachable = managers.stream().filter(n -> !n.managerReachability().equals("reachable"))
                .map(n -> NodeNames.of(n) + " (" + n.managerReachability() + ")").toList();
        int reachable = m - unreachable.size();
        if (reachable <= m / 2) {
            return Check.fail("managers", "quorum lost: " + reachable + " of " + m + " managers reachable; unreachable: "
                    + NodeNames.list(unreachable), "bring the managers back; if they are lost for good, on a remaining"
                    + " manager: docker swarm init --force-new-cluster, then add managers again");
        }
        if (!unreachable.isEmpty()) {
            return Check.warn("managers", reachable + " of " + m + " managers reachable (quorum holds); unreachable: "
                    + NodeNames.list(unreachable), "bring the manager back, or demote and remove it:"
                    + " docker node demote ID; docker node rm --force ID");
        }
        if (m % 2 == 0) {
            return Check.warn("managers", m + " managers: an even number tolerates no more failures than " + (m - 1),
                    "promote or demote one node (docker node promote/demote) for an odd count: 3 or 5");
        }
        return Check.pass("managers", m + " manager" + (m == 1 ? " (no failure tolerated; enough for test clusters)"
                : "s, quorum of " + (m / 2 + 1) + " holds"));
    }

    static Check versions(List<NodeState> nodes) {
        Map<String, List<String>> byVersion = new TreeMap<>();
        nodes.forEach(n -> byVersion.computeIfAbsent(n.engineVersion(), v -> new ArrayList<>()).add(NodeNames.of(n)));
        if (byVersion.size() <= 1) {
            return Check.pass("engine versions", "every node runs " + String.join("", byVersion.keySet()));
        }
        List<String> parts = new ArrayList<>();
        byVersion.forEach((v, names) -> parts.add(v + " on " + NodeNames.list(names)));
        return Check.warn("engine versions", "mixed engine versions: " + String.join("; ", parts),
                "upgrade every node to the same engine version; Swarm features follow the oldest");
    }

    /** Spread of the engines' clocks (each measured against this machine's). */
    static Check clocks(List<EngineReading> engines, List<NodeState> nodes) {
        List<EngineReading> timed = engines.stream().filter(e -> e.clockOffset() != null).toList();
        if (timed.size() < 2) {
            return Check.skip("clock skew", "fewer than two node engines answered");
        }
        EngineReading ahead = timed.stream().max((a, b) -> a.clockOffset().compareTo(b.clockOffset())).orElseThrow();
        EngineReading behind = timed.stream().min((a, b) -> a.clockOffset().compareTo(b.clockOffset())).orElseThrow();
        Duration spread = ahead.clockOffset().minus(behind.clockOffset());
        String text = "the clocks of " + timed.size() + " nodes differ by up to " + seconds(spread);
        if (spread.compareTo(SKEW_WARN) < 0) {
            return Check.pass("clock skew", text);
        }
        String detail = text + ": " + name(ahead, nodes) + " is ahead of " + name(behind, nodes);
        String fix = "run time synchronisation (chrony or systemd-timesyncd) on every node; Swarm's certificates and"
                + " Raft need clocks that agree";
        return spread.compareTo(SKEW_FAIL) >= 0 ? Check.fail("clock skew", detail, fix) : Check.warn("clock skew", detail, fix);
    }

    /** Free disk where the engine keeps containers, and available memory. */
    static Check resources(List<EngineReading> engines, List<NodeState> nodes) {
        List<String> failures = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        int read = 0;
        for (EngineReading e : engines) {
            if (!e.reachable()) {
                continue;
            }
            HostFacts h = e.host();
            if (h == null) {
                unread.add(name(e, nodes));
                continue;
            }
            read++;
            String who = name(e, nodes);
            if (h.diskFreeBytes() >= 0 && h.diskTotalBytes() > 0) {
                double share = (double) h.diskFreeBytes() / h.diskTotalBytes();
                String text = who + ": " + size(h.diskFreeBytes()) + " disk free (" + Math.round(share * 100) + "%)";
                if (h.diskFreeBytes() < GIB || share < 0.05) {
                    failures.add(text);
                } else if (h.diskFreeBytes() < 5 * GIB || share < 0.10) {
                    warnings.add(text);
                }
            }
            if (h.memoryAvailableBytes() >= 0) {
                String text = who + ": " + size(h.memoryAvailableBytes()) + " memory available";
                if (h.memoryAvailableBytes() < 256L << 20) {
                    failures.add(text);
                } else if (h.memoryAvailableBytes() < GIB) {
                    warnings.add(text);
                }
            }
        }
        String note = unread.isEmpty() ? "" : "; not read on " + NodeNames.list(unread);
        String fix = "free disk (docker system prune, berth gc, remove old images) or memory on the node, or drain it:"
                + " docker node update --availability drain ID";
        if (!failures.isEmpty()) {
            return Check.fail("disk and memory", String.join("; ", failures) + note, fix);
        }
        if (!warnings.isEmpty()) {
            return Check.warn("disk and memory", String.join("; ", warnings) + note, fix);
        }
        if (read == 0) {
            return Check.skip("disk and memory", "no node engine could be read" + note);
        }
        return Check.pass("disk and memory", "enough free disk and memory on " + read + " node" + (read == 1 ? "" : "s") + note);
    }

    /** docker_gwbridge on every node in the swarm: without it, tasks on overlay networks have no way out. */
    static Check gwbridge(List<EngineReading> engines, List<NodeState> nodes) {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (EngineReading e : engines) {
            if (!e.reachable() || !e.info().inSwarm()) {
                continue;
            }
            checked++;
            if (!e.gwbridge()) {
                missing.add(name(e, nodes));
            }
        }
        if (checked == 0) {
            return Check.skip("docker_gwbridge", "no node engine in the swarm answered");
        }
        if (!missing.isEmpty()) {
            return Check.fail("docker_gwbridge", "docker_gwbridge is missing on " + NodeNames.list(missing),
                    "on that node: docker swarm leave, then 'berth cluster join' again (Swarm recreates it); or create it"
                            + " by hand: docker network create --subnet SUBNET --opt com.docker.network.bridge.name=docker_gwbridge"
                            + " --opt com.docker.network.bridge.enable_icc=false"
                            + " --opt com.docker.network.bridge.enable_ip_masquerade=true docker_gwbridge");
        }
        return Check.pass("docker_gwbridge", "present on " + checked + " node" + (checked == 1 ? "" : "s"));
    }

    static String name(EngineReading e, List<NodeState> nodes) {
        NodeState node = NodeNames.match(e, nodes);
        return node != null ? NodeNames.of(node) : e.endpoint();
    }

    static String seconds(Duration d) {
        return String.format(java.util.Locale.ROOT, "%.1f s", Math.abs(d.toMillis()) / 1000.0);
    }

    static String size(long bytes) {
        if (bytes >= GIB) {
            return String.format(java.util.Locale.ROOT, "%.1f GiB", bytes / (double) GIB);
        }
        return (bytes >> 20) + " MiB";
    }
}
