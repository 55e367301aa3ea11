package dev.berth.swarm.doctor;

import dev.berth.engine.cluster.HostFacts.Route;
import dev.berth.engine.network.Cidr;
import dev.berth.swarm.client.Observed.NetworkState;
import dev.berth.swarm.client.Observed.NodeState;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The doctor's checks of the networks between and on the nodes, as pure functions of what was observed. */
final class NetworkChecks {

    static final String FALLBACK = "Berth falls back to endpoint_mode: dnsrr (names resolve to the tasks' own"
            + " addresses) and ports published in host mode on the nodes that run the tasks";

    private NetworkChecks() {
    }

    /** @param ipvs null when the probe could not run ({@code error} says why) */
    static Check routingMesh(Boolean ipvs, String error) {
        if (ipvs == null) {
            return Check.warn("virtual IPs", "could not probe virtual IPs and the ingress routing mesh: " + error,
                    "run 'berth cluster doctor' again; check that the probe image is on every node (--probe-image)");
        }
        if (ipvs) {
            return Check.pass("virtual IPs", "service virtual IPs and the ingress routing mesh route (IPVS works)");
        }
        return Check.warn("virtual IPs", "service virtual IPs and the ingress routing mesh do not route (no IPVS in"
                + " the nodes' kernels); " + FALLBACK, "to use virtual IPs, load IPVS on every node:"
                + " modprobe ip_vs ip_vs_rr (and list them in /etc/modules-load.d/); nothing to do if the fallback suits you");
    }

    static Check overlay(OverlayOutcome o, List<NodeState> nodes) {
        if (o.error() != null) {
            return Check.fail("overlay traffic", "the overlay probe could not run: " + o.error(),
                    "check that the probe image is on every node (--probe-image) and that the manager accepts services");
        }
        String notRun = notRun(o, nodes);
        if (o.probed().size() < 2) {
            return o.notRun().isEmpty() ? Check.skip("overlay traffic", "fewer than two nodes to test")
                    : Check.warn("overlay traffic", "fewer than two nodes ran a probe task" + notRun,
                    "see the engines check; on a busy cluster run the doctor again");
        }
        Set<String> failing = new LinkedHashSet<>();
        List<String> involved = new ArrayList<>();
        for (OverlayOutcome.Pair p : o.pairs()) {
            if (!p.ok()) {
                String a = NodeNames.of(p.from(), nodes);
                String b = NodeNames.of(p.to(), nodes);
                failing.add(a.compareTo(b) < 0 ? a + " ↔ " + b : b + " ↔ " + a);
                involved.add(p.from());
                involved.add(p.to());
            }
        }
        if (!failing.isEmpty()) {
            String common = o.probed().stream()
                    .filter(id -> failing.size() > 1 && o.pairs().stream().filter(p -> !p.ok())
                            .allMatch(p -> p.from().equals(id) || p.to().equals(id)))
                    .map(id -> "; " + NodeNames.of(id, nodes) + " is in every failing pair").findFirst().orElse("");
            return Check.fail("overlay traffic", "no overlay traffic between " + String.join(", ", failing) + common
                    + notRun, "open UDP 4789 (VXLAN data) and TCP+UDP 7946 (gossip) between these nodes, in the hosts'"
                    + " own firewalls (iptables -L INPUT) and any cloud security group; make sure each node's"
                    + " advertised address routes to the others");
        }
        int n = o.probed().size();
        String text = "every pair of " + n + " nodes reaches each other by name over an overlay network";
        if (!o.notRun().isEmpty()) {
            return Check.warn("overlay traffic", text + notRun, "see the engines check for the nodes not tested");
        }
        return Check.pass("overlay traffic", text);
    }

    static Check dns(OverlayOutcome o, List<NodeState> nodes) {
        if (o.error() != null || o.probed().isEmpty()) {
            return Check.skip("overlay DNS", "no probe task reported");
        }
        int expected = o.probed().size();
        List<String> none = new ArrayList<>();
        List<String> partial = new ArrayList<>();
        for (String id : o.probed()) {
            int got = o.resolved().getOrDefault(id, 0);
            if (got == 0) {
                none.add(NodeNames.of(id, nodes));
            } else if (got < expected) {
                partial.add(NodeNames.of(id, nodes) + " (" + got + " of " + expected + ")");
            }
        }
        String fix = "Swarm's DNS (127.0.0.11 in each task) learns names through gossip on TCP+UDP 7946: open it between"
                + " the nodes; check the engine's log for 'memberlist' errors";
        if (!none.isEmpty()) {
            return Check.fail("overlay DNS", "the probe service's name resolves to nothing inside the overlay on "
                    + NodeNames.list(none), fix);
        }
        if (!partial.isEmpty()) {
            return Check.warn("overlay DNS", "the probe service's name resolves to only some tasks on "
                    + NodeNames.list(partial), fix);
        }
        return Check.pass("overlay DNS", "a service name resolves to all " + expected + " tasks on every node");
    }

    /**
     * Swarm networks whose subnets overlap a route of a node (the network would shadow it), and
     * a default address pool that would give new networks such subnets.
     *
     * @param routes node name → its routes, for the nodes whose routes could be read
     */
    static Check subnets(List<NetworkState> networks, List<String> defaultPool, Map<String, List<Route>> routes,
                         List<String> unread) {
        if (routes.isEmpty()) {
            return Check.skip("subnets", "no node's routes could be read" + unreadNote(unread));
        }
        List<String> clashes = new ArrayList<>();
        for (NetworkState n : networks) {
            for (String subnet : n.subnets()) {
                if (Cidr.isIpv4(subnet)) {
                    clash("network " + n.name() + " (" + subnet + ")", Cidr.parse(subnet), routes, clashes);
                }
            }
        }
        List<String> poolClashes = new ArrayList<>();
        defaultPool.stream().filter(Cidr::isIpv4).forEach(p -> clash("the default address pool " + p, Cidr.parse(p),
                routes, poolClashes));
        if (!clashes.isEmpty()) {
            return Check.fail("subnets", String.join("; ", clashes) + unreadNote(unread),
                    "remove the network (berth down ENV, or docker network rm) and create it again; Berth picks subnets"
                            + " that overlap no route; set network.pools in the configuration to a free range");
        }
        if (!poolClashes.isEmpty()) {
            return Check.warn("subnets", String.join("; ", poolClashes) + unreadNote(unread),
                    "a swarm's default address pool is fixed at 'berth cluster init' (--default-addr-pool); networks"
                            + " Berth creates are safe, others may not be");
        }
        return Check.pass("subnets", "no swarm network overlaps a route of " + routes.size() + " node"
                + (routes.size() == 1 ? "" : "s") + unreadNote(unread));
    }

    private static void clash(String what, Cidr subnet, Map<String, List<Route>> routes, List<String> out) {
        routes.forEach((node, list) -> list.stream().filter(r -> r.destination().overlaps(subnet)).findFirst()
                .ifPresent(r -> out.add(what + " overlaps the route to " + r.destination() + " (dev " + r.device()
                        + ") on " + node)));
    }

    private static String unreadNote(List<String> unread) {
        return unread.isEmpty() ? "" : "; routes not read on " + NodeNames.list(unread);
    }

    /** @param address null when no registry is configured */
    static Check registry(String address, List<RegistryOutcome> outcomes) {
        if (address == null) {
            return Check.skip("registry", "skipped: no build.registry in the configuration");
        }
        if (outcomes.isEmpty()) {
            return Check.skip("registry", "no node engine answered to try " + address);
        }
        List<String> problems = outcomes.stream().filter(o -> o.problem() != null)
                .map(o -> o.node() + ": " + o.problem()).toList();
        if (!problems.isEmpty()) {
            return Check.fail("registry", address + " from " + String.join("; ", problems),
                    "make the registry reachable from every node (DNS, firewall, and the CA in"
                            + " /etc/docker/certs.d/" + address + "/ca.crt for a private CA); for credentials set"
                            + " build.registry.username and password-env, or 'docker login " + address
                            + "' where berth runs");
        }
        return Check.pass("registry", address + " answers every node (" + outcomes.size() + ")");
    }

    private static String notRun(OverlayOutcome o, List<NodeState> nodes) {
        if (o.notRun().isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        o.notRun().forEach((id, why) -> parts.add(NodeNames.of(id, nodes) + " (" + why + ")"));
        return "; not tested: " + String.join(", ", parts);
    }
}
