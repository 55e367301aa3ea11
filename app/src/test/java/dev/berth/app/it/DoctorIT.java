package dev.berth.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.engine.Labels;
import dev.berth.swarm.client.SwarmClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** berth cluster doctor on a swarm of the bare test engines: healthy, with overlay traffic dropped, with an engine stopped. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DoctorIT {

    static BareEngines bare;
    static Path config;
    /** The same, with a registry at a port of node2's address where nothing listens. */
    static Path withRegistry;

    @TempDir
    static Path dir;

    @BeforeAll
    static void formSwarm() throws Exception {
        bare = new BareEngines();
        bare.leaveAll();
        // the doctor judges overlay traffic and DNS: start from engines with no gossip left from earlier swarms
        bare.restartAll();
        bare.formSwarm();
        // Named after the nodes' hostnames, so that an engine that does not answer is still matched to its node.
        StringBuilder yaml = new StringBuilder("cluster:\n  nodes:\n");
        for (int k = 2; k <= 3; k++) {
            yaml.append("    - {name: ").append(bare.netns.get(k - 1)).append(", host: \"").append(bare.host(k)).append("\"}\n");
        }
        config = Files.writeString(dir.resolve("berth.yaml"), yaml);
        withRegistry = Files.writeString(dir.resolve("registry.yaml"), yaml + "build:\n  registry: {address: \""
                + bare.addresses.get(1) + ":5999\"}\n");
    }

    @AfterAll
    static void leave() {
        try {
            bare.leaveAll();
        } finally {
            bare.close();
        }
    }

    private static TestSwarm.Run doctor(String... extra) {
        return doctor(config, extra);
    }

    private static TestSwarm.Run doctor(Path configFile, String... extra) {
        List<String> args = new ArrayList<>(List.of("cluster", "doctor", "-H", bare.host(1), "--config", configFile.toString()));
        args.addAll(List.of(extra));
        return bare.berth(args.toArray(String[]::new));
    }

    private static JsonNode check(TestSwarm.Run run, String name) throws IOException {
        for (JsonNode c : new ObjectMapper().readTree(run.out()).path("checks")) {
            if (c.path("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no check " + name + " in " + run.out());
    }

    @Test
    @Order(1)
    void aHealthyClusterPassesEveryCheckButWarnsAboutTheMissingIpvs() throws Exception {
        // Two at once: the probes have unique names and do not meet.
        CompletableFuture<TestSwarm.Run> other = CompletableFuture.supplyAsync(() -> doctor());
        TestSwarm.Run run = doctor("--json");
        TestSwarm.Run text = other.get();
        assertThat(run.code()).as(run.all()).isZero();
        assertThat(text.code()).as(text.all()).isZero();
        boolean ipvs = Boolean.parseBoolean(System.getenv().getOrDefault("BERTH_BARE_IPVS", "false"));
        for (JsonNode c : new ObjectMapper().readTree(run.out()).path("checks")) {
            String name = c.path("name").asText();
            String expected = name.equals("registry") ? "skip" : name.equals("virtual IPs") && !ipvs ? "warn" : "pass";
            assertThat(c.path("status").asText()).as(c.toString()).isEqualTo(expected);
        }
        assertThat(check(run, "engines").path("summary").asText()).isEqualTo("3 of 3 nodes ready; 3 node engines answer");
        assertThat(check(run, "overlay traffic").path("summary").asText())
                .isEqualTo("every pair of 3 nodes reaches each other by name over an overlay network");
        if (!ipvs) {
            assertThat(check(run, "virtual IPs").path("summary").asText()).contains("Berth falls back to endpoint_mode: dnsrr");
        }
        assertThat(text.out()).contains("PASS  overlay DNS").endsWith(ipvs ? "10 passed, 0 warned, 0 failed, 1 skipped\n"
                : "9 passed, 1 warned, 0 failed, 1 skipped\n");
        assertNoProbeLeftovers();
    }

    @Test
    @Order(2)
    void droppedVxlanTrafficNamesTheNodePairsAndAnUnreachableRegistryEachNode() throws Exception {
        String ns = bare.netns.get(1);
        BareEngines.sh("ip", "netns", "exec", ns, "iptables", "-I", "INPUT", "-p", "udp", "--dport", "4789", "-j", "DROP");
        TestSwarm.Run run;
        try {
            run = doctor(withRegistry, "--json");
        } finally {
            BareEngines.sh("ip", "netns", "exec", ns, "iptables", "-D", "INPUT", "-p", "udp", "--dport", "4789", "-j", "DROP");
        }
        assertThat(run.code()).as(run.all()).isEqualTo(1);
        JsonNode overlay = check(run, "overlay traffic");
        assertThat(overlay.path("status").asText()).isEqualTo("fail");
        String node1 = bare.netns.get(0) + " (";
        String node2 = bare.netns.get(1) + " (";
        String node3 = bare.netns.get(2) + " (";
        assertThat(overlay.path("summary").asText()).startsWith("no overlay traffic between ")
                .contains(node1).contains(node2).contains(node3).contains("↔")
                .contains(node2.substring(0, node2.length() - 2) + " (" + shortId(2) + ") is in every failing pair");
        assertThat(overlay.path("fix").asText()).contains("UDP 4789");
        assertThat(check(run, "engines").path("status").asText()).isEqualTo("pass");
        JsonNode registry = check(run, "registry");
        assertThat(registry.path("status").asText()).isEqualTo("fail");
        assertThat(registry.path("summary").asText()).contains(":5999 from ").contains(node1).contains(node2).contains(node3)
                .contains("unreachable: ");
        assertNoProbeLeftovers();
    }

    @Test
    @Order(3)
    void aStoppedEngineIsNamedWithItsNode() throws Exception {
        BareEngines.cluster("stop-node", "3");
        TestSwarm.Run run;
        try {
            run = doctor("--json");
        } finally {
            BareEngines.cluster("start-node", "3");
        }
        assertThat(run.code()).as(run.all()).isEqualTo(1);
        JsonNode engines = check(run, "engines");
        assertThat(engines.path("status").asText()).isEqualTo("fail");
        assertThat(engines.path("summary").asText()).contains("the engine at " + bare.host(3) + " (node "
                + bare.netns.get(2) + " (" + shortId(3) + ")) does not answer");
        assertThat(engines.path("fix").asText()).contains("start the engine");
        bare.awaitReady(3);
        assertNoProbeLeftovers();
    }

    private static String shortId(int node) {
        return bare.engine(node).info().nodeId().substring(0, 12);
    }

    /** Probe services, networks and containers are gone from every node (network removal reaches nodes late). */
    private static void assertNoProbeLeftovers() throws InterruptedException {
        Map<String, List<String>> probes = Map.of("label", List.of(Labels.PROBE));
        assertThat(bare.engine(1).services(probes)).isEmpty();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            List<String> left = new ArrayList<>();
            for (SwarmClient e : bare.engines) {
                e.local().containers(probes).forEach(c -> left.add("container " + c.id() + " on " + e.endpoint()));
                e.networks(probes).forEach(n -> left.add("network " + n.name() + " on " + e.endpoint()));
            }
            if (left.isEmpty()) {
                return;
            }
            assertThat(Instant.now()).as("probe leftovers: " + left).isBefore(deadline);
            Thread.sleep(500);
        }
    }
}
