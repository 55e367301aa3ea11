package dev.berth.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.engine.network.Cidr;
import dev.berth.swarm.client.Observed.EngineInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** berth cluster init / join / nodes / leave on the bare test engines, which start in no swarm. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterSetupIT {

    static BareEngines bare;

    @BeforeAll
    static void outOfAnySwarm() {
        bare = new BareEngines();
        bare.leaveAll();
    }

    @AfterAll
    static void leaveSoTheEnginesCanBeUsedAgain() {
        try {
            for (int k = bare.hosts.size(); k >= 1; k--) {
                TestSwarm.Run run = bare.berth("cluster", "leave", "--force", "-H", bare.host(k));
                assertThat(run.code()).as(run.all()).isZero();
                assertThat(bare.engine(k).info().localNodeState()).isEqualTo("inactive");
            }
        } finally {
            bare.close();
        }
    }

    @Test
    @Order(0)
    void anEngineInNoSwarmIsToldWhatToDo() {
        TestSwarm.Run image = bare.berth("cluster", "init", "-H", bare.host(1), "--probe-image", "berth/nosuch:1");
        assertThat(image.code()).isEqualTo(1);
        assertThat(image.err()).contains("berth: the probe image berth/nosuch:1 is not on the engine at " + bare.host(1)
                + " (No such image: berth/nosuch:1); load it there, or name an image with busybox that is there with"
                + " --probe-image or BERTH_PROBE_IMAGE");
        assertThat(bare.engine(1).info().localNodeState()).isEqualTo("inactive");
        TestSwarm.Run leave = bare.berth("cluster", "leave", "-H", bare.host(1));
        assertThat(leave.code()).isZero();
        assertThat(leave.out()).isEqualTo("The engine at " + bare.host(1) + " is in no swarm; nothing to do.\n");
        TestSwarm.Run nodes = bare.berth("cluster", "nodes", "-H", bare.host(1));
        assertThat(nodes.code()).isEqualTo(1);
        assertThat(nodes.err()).contains("is not a swarm manager (in no swarm); point --host at a manager");
        TestSwarm.Run doctor = bare.berth("cluster", "doctor", "-H", bare.host(1));
        assertThat(doctor.code()).isEqualTo(1);
        assertThat(doctor.err()).contains("is not a swarm manager (in no swarm); point --host at a manager, or set one"
                + " up with 'berth cluster init'");
    }

    @Test
    @Order(1)
    void initRefusesToGuessBetweenTwoAddresses() {
        String second = bare.addresses.get(0) + "9";
        BareEngines.sh("ip", "-n", bare.netns.get(0), "addr", "add", second + "/24", "dev", "eth0");
        try {
            TestSwarm.Run run = bare.berth("cluster", "init", "-H", bare.host(1));
            assertThat(run.code()).as(run.all()).isEqualTo(2);
            assertThat(run.err()).contains("the engine at " + bare.host(1) + " has 2 addresses other nodes could use;"
                    + " Berth does not guess. Choose one with --advertise-addr:")
                    .contains("\n  " + bare.addresses.get(0) + "    eth0")
                    .contains("\n  " + second + "   eth0");
            assertThat(bare.engine(1).info().localNodeState()).isEqualTo("inactive");
            assertThat(bare.engine(1).local().containers(Map.of("label", List.of("dev.berth.probe")))).isEmpty();
        } finally {
            BareEngines.sh("ip", "-n", bare.netns.get(0), "addr", "del", second + "/24", "dev", "eth0");
        }
    }

    @Test
    @Order(2)
    void initAndJoinMakeAThreeNodeSwarmWhoseEnginesBerthReaches() throws Exception {
        String manager = bare.formSwarm();
        assertThat(manager).isEqualTo(bare.addresses.get(0) + ":2377");
        // The pool overlaps no route of the host; the node's own networks are 172.16.x.
        List<String> pool = bare.engine(1).swarm().defaultAddrPool();
        assertThat(pool).containsExactly("10.0.0.0/16");

        Map<String, String> env = Map.of("BERTH_NODE_HOSTS", String.join(",", bare.hosts.subList(1, 3)));
        TestSwarm.Run json = bare.berth(env, "cluster", "nodes", "-H", bare.host(1), "--format", "json");
        assertThat(json.code()).as(json.all()).isZero();
        JsonNode rows = new ObjectMapper().readTree(json.out());
        assertThat(rows).hasSize(3);
        List<String> ids = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            EngineInfo info = bare.engine(k).info();
            ids.add(info.nodeId());
            JsonNode row = find(rows, info.nodeId());
            assertThat(row.path("engine").asText()).isEqualTo("yes");
            assertThat(row.path("endpoint").asText()).isEqualTo(bare.host(k));
            assertThat(row.path("hostname").asText()).isEqualTo(bare.netns.get(k - 1));
            assertThat(row.path("address").asText()).isEqualTo(bare.addresses.get(k - 1));
            assertThat(row.path("role").asText()).isEqualTo(k == 1 ? "manager" : "worker");
            assertThat(row.path("managerStatus").asText()).isEqualTo(k == 1 ? "leader" : "");
            assertThat(row.path("status").asText()).isEqualTo("ready");
        }
        assertThat(rows.get(0).path("id").asText()).isEqualTo(ids.get(0));

        TestSwarm.Run table = bare.berth(Map.of(), "cluster", "nodes", "-H", bare.host(1));
        assertThat(table.code()).as(table.all()).isZero();
        assertThat(table.out()).startsWith("ID ").contains("ENGINE API").contains("leader");
        assertThat(table.out().lines().filter(l -> l.endsWith("not configured")).count()).isEqualTo(2);
    }

    @Test
    @Order(3)
    void anEngineInASwarmIsNotInitialisedOrJoinedAgain() {
        TestSwarm.Run init = bare.berth("cluster", "init", "-H", bare.host(2));
        assertThat(init.code()).isEqualTo(1);
        assertThat(init.err()).contains("the engine at " + bare.host(2) + " is already part of a swarm (node ")
                .contains("worker").contains("run 'berth cluster leave' there first");
        TestSwarm.Run join = bare.berth("cluster", "join", "-H", bare.host(3), "--token", "SWMTKN-1-x", bare.addresses.get(0));
        assertThat(join.code()).isEqualTo(1);
        assertThat(join.err()).contains("is already part of a swarm");
    }

    @Test
    @Order(4)
    void theLastManagerLeavesOnlyWithForce() {
        TestSwarm.Run run = bare.berth("cluster", "leave", "-H", bare.host(1));
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("(berth cluster leave --force)");
        assertThat(bare.engine(1).info().inSwarm()).isTrue();
    }

    @Test
    @Order(5)
    void upGivesANewNetworkASubnetThatOverlapsNoRouteOfAnyNode(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        // A route inside node2's namespace only (no traffic): the first block of Berth's default pool.
        String ns = bare.netns.get(1);
        BareEngines.sh("ip", "-n", ns, "route", "add", "10.208.0.0/24", "dev", "eth0");
        java.nio.file.Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  web:
                    image: %s
                    command: ["sleep", "3600"]
                    stop_grace_period: 1s
                """.formatted(bare.image));
        Map<String, String> env = Map.of("DOCKER_HOST", bare.host(1), "BERTH_NODE_HOSTS", String.join(",", bare.hosts),
                "BERTH_IPVS", "off");
        try {
            TestSwarm.Run up = bare.berth(env, dir, "up", "cl-routes");
            assertThat(up.code()).as(up.all()).isZero();
            List<String> subnets = bare.engine(1).networks(Map.of("label", List.of("dev.berth.environment=cl-routes")))
                    .stream().flatMap(n -> n.subnets().stream()).toList();
            assertThat(subnets).hasSize(1);
            assertThat(Cidr.parse(subnets.get(0)).overlaps(Cidr.parse("10.208.0.0/24"))).as(subnets.toString()).isFalse();
            assertThat(subnets.get(0)).isEqualTo("10.208.1.0/24");
        } finally {
            TestSwarm.Run down = bare.berth(env, dir, "down", "cl-routes");
            BareEngines.sh("ip", "-n", ns, "route", "del", "10.208.0.0/24", "dev", "eth0");
            assertThat(down.code()).as(down.all()).isZero();
        }
    }

    private static JsonNode find(JsonNode rows, String id) {
        for (JsonNode r : rows) {
            if (r.path("id").asText().equals(id)) {
                return r;
            }
        }
        throw new AssertionError("no row for node " + id + " in " + rows);
    }
}
