package dev.berth.swarm.doctor;

import static dev.berth.swarm.doctor.NodeChecksTest.M;
import static dev.berth.swarm.doctor.NodeChecksTest.W;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.cluster.HostFacts.Route;
import dev.berth.engine.network.Cidr;
import dev.berth.swarm.client.Observed.NetworkState;
import dev.berth.swarm.client.Observed.NodeState;
import dev.berth.swarm.doctor.Check.Status;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NetworkChecksTest {

    static final NodeState X = Observations.worker("x0000000000000003", "gamma");
    static final List<NodeState> NODES = List.of(M, W, X);

    private static OverlayOutcome.Pair pair(NodeState from, NodeState to, boolean ok) {
        return new OverlayOutcome.Pair(from.id(), to.id(), ok);
    }

    private static OverlayOutcome allReach() {
        return new OverlayOutcome(List.of(M.id(), W.id(), X.id()), Map.of(), List.of(pair(M, W, true), pair(M, X, true),
                pair(W, M, true), pair(W, X, true), pair(X, M, true), pair(X, W, true)),
                Map.of(M.id(), 3, W.id(), 3, X.id(), 3), null);
    }

    @Test
    void missingIpvsIsAWarningThatNamesTheFallback() {
        Check c = NetworkChecks.routingMesh(false, null);
        assertThat(c.status()).isEqualTo(Status.WARN);
        assertThat(c.summary()).contains("do not route (no IPVS").contains("endpoint_mode: dnsrr").contains("host mode");
        assertThat(c.fix()).contains("modprobe ip_vs");
        assertThat(NetworkChecks.routingMesh(true, null).status()).isEqualTo(Status.PASS);
        assertThat(NetworkChecks.routingMesh(null, "image missing").summary()).endsWith(": image missing");
    }

    @Test
    void overlayPassesWhenEveryPairReachesTheOther() {
        Check c = NetworkChecks.overlay(allReach(), NODES);
        assertThat(c.status()).isEqualTo(Status.PASS);
        assertThat(c.summary()).isEqualTo("every pair of 3 nodes reaches each other by name over an overlay network");
    }

    @Test
    void overlayNamesTheFailingPairsAndTheNodeInAllOfThem() {
        OverlayOutcome o = new OverlayOutcome(List.of(M.id(), W.id(), X.id()), Map.of(), List.of(pair(M, W, false),
                pair(M, X, true), pair(W, M, false), pair(W, X, false), pair(X, M, true), pair(X, W, false)),
                Map.of(), null);
        Check c = NetworkChecks.overlay(o, NODES);
        assertThat(c.status()).isEqualTo(Status.FAIL);
        assertThat(c.summary()).isEqualTo("no overlay traffic between alpha (m00000000000) ↔ beta (w00000000000),"
                + " beta (w00000000000) ↔ gamma (x00000000000); beta (w00000000000) is in every failing pair");
        assertThat(c.fix()).contains("UDP 4789").contains("7946");
    }

    @Test
    void overlayWarnsAboutNodesWithoutAProbeTaskAndSkipsBelowTwo() {
        OverlayOutcome o = new OverlayOutcome(List.of(M.id(), W.id()), Map.of(X.id(), "task assigned"),
                List.of(pair(M, W, true), pair(W, M, true)), Map.of(M.id(), 2, W.id(), 2), null);
        Check c = NetworkChecks.overlay(o, NODES);
        assertThat(c.status()).isEqualTo(Status.WARN);
        assertThat(c.summary()).endsWith("; not tested: gamma (x00000000000) (task assigned)");
        assertThat(NetworkChecks.overlay(new OverlayOutcome(List.of(M.id()), Map.of(), List.of(), Map.of(), null), NODES)
                .status()).isEqualTo(Status.SKIP);
        Check slow = NetworkChecks.overlay(new OverlayOutcome(List.of(M.id()), Map.of(W.id(), "task starting"), List.of(),
                Map.of(), null), NODES);
        assertThat(slow.status()).isEqualTo(Status.WARN);
        assertThat(slow.summary()).isEqualTo("fewer than two nodes ran a probe task; not tested: beta (w00000000000) (task starting)");
        Check broken = NetworkChecks.overlay(OverlayOutcome.failed("no such image"), NODES);
        assertThat(broken.status()).isEqualTo(Status.FAIL);
        assertThat(broken.summary()).isEqualTo("the overlay probe could not run: no such image");
    }

    @Test
    void dnsFailsWhereTheNameResolvesToNothing() {
        assertThat(NetworkChecks.dns(allReach(), NODES).summary()).isEqualTo("a service name resolves to all 3 tasks on every node");
        OverlayOutcome o = new OverlayOutcome(List.of(M.id(), W.id(), X.id()), Map.of(), List.of(),
                Map.of(M.id(), 3, W.id(), 0, X.id(), 2), null);
        Check c = NetworkChecks.dns(o, NODES);
        assertThat(c.status()).isEqualTo(Status.FAIL);
        assertThat(c.summary()).isEqualTo("the probe service's name resolves to nothing inside the overlay on beta (w00000000000)");
        OverlayOutcome partial = new OverlayOutcome(List.of(M.id(), W.id()), Map.of(), List.of(), Map.of(M.id(), 2, W.id(), 1), null);
        assertThat(NetworkChecks.dns(partial, NODES).status()).isEqualTo(Status.WARN);
    }

    @Test
    void subnetsThatOverlapARouteFail() {
        NetworkState overlay = new NetworkState("n1", "shop_default", Map.of(), List.of("10.208.3.0/24"), "swarm", "overlay");
        Map<String, List<Route>> routes = Map.of("beta (w00000000000)", List.of(new Route(Cidr.parse("10.208.0.0/16"), "tun0")));
        Check c = NetworkChecks.subnets(List.of(overlay), List.of("10.0.0.0/8"), routes, List.of());
        assertThat(c.status()).isEqualTo(Status.FAIL);
        assertThat(c.summary()).isEqualTo("network shop_default (10.208.3.0/24) overlaps the route to 10.208.0.0/16 (dev tun0)"
                + " on beta (w00000000000)");
        Check pool = NetworkChecks.subnets(List.of(), List.of("10.0.0.0/8"), routes, List.of("gamma"));
        assertThat(pool.status()).isEqualTo(Status.WARN);
        assertThat(pool.summary()).startsWith("the default address pool 10.0.0.0/8 overlaps the route to 10.208.0.0/16")
                .endsWith("; routes not read on gamma");
        Map<String, List<Route>> elsewhere = Map.of("beta", List.of(new Route(Cidr.parse("192.168.5.0/24"), "eth0")));
        assertThat(NetworkChecks.subnets(List.of(overlay), List.of("10.0.0.0/16"), elsewhere, List.of()).summary())
                .isEqualTo("no swarm network overlaps a route of 1 node");
        assertThat(NetworkChecks.subnets(List.of(overlay), List.of(), Map.of(), List.of()).status()).isEqualTo(Status.SKIP);
    }

    @Test
    void registrySkippedWithoutConfigurationAndFailsPerNode() {
        assertThat(NetworkChecks.registry(null, List.of()).summary()).isEqualTo("skipped: no build.registry in the configuration");
        Check c = NetworkChecks.registry("registry.test:5000", List.of(new RegistryOutcome("alpha", null),
                RegistryOutcome.ofManifestError("beta", "Get https://registry.test:5000/v2/: dial tcp: connection refused")));
        assertThat(c.status()).isEqualTo(Status.FAIL);
        assertThat(c.summary()).isEqualTo("registry.test:5000 from beta: unreachable: Get https://registry.test:5000/v2/:"
                + " dial tcp: connection refused");
        assertThat(c.fix()).contains("/etc/docker/certs.d/registry.test:5000/ca.crt");
        assertThat(RegistryOutcome.ofManifestError("a", "manifest unknown").problem()).isNull();
        assertThat(RegistryOutcome.ofManifestError("a", "unauthorized: authentication required").problem())
                .startsWith("the registry wants credentials");
    }

    @Test
    void everyCheckIsEvaluatedInOrder() {
        List<Check> checks = Doctor.evaluate(NODES, List.of(), List.of(), List.of(), false, null, allReach(), null, List.of());
        assertThat(checks).extracting(Check::name).containsExactly("engines", "managers", "engine versions", "clock skew",
                "disk and memory", "docker_gwbridge", "subnets", "virtual IPs", "overlay traffic", "overlay DNS", "registry");
    }
}
