package dev.berth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gc, cluster nodes, top and doctor through a server: what they ask, what they print, what they refuse. */
class ClusterThroughServerTest {

    private static final String NODES = "[{\"id\":\"w0123456789abcdef\",\"hostname\":\"berth-node2\",\"role\":\"worker\","
            + "\"availability\":\"active\",\"state\":\"ready\",\"cpus\":2.0,\"memoryBytes\":4294967296,"
            + "\"reservedCpus\":0.5,\"reservedMemoryBytes\":1073741824,\"usedCpus\":null,\"usedMemoryBytes\":null,"
            + "\"environments\":[\"shop-bob\"],\"managerStatus\":\"\",\"address\":\"172.16.213.12\","
            + "\"engineVersion\":\"20.10\",\"labels\":{\"zone\":\"b\"}},"
            + "{\"id\":\"m0123456789abcdef\",\"hostname\":\"berth-node1\",\"role\":\"manager\","
            + "\"availability\":\"active\",\"state\":\"ready\",\"cpus\":2.0,\"memoryBytes\":4294967296,"
            + "\"reservedCpus\":0.1,\"reservedMemoryBytes\":134217728,\"usedCpus\":0.2,\"usedMemoryBytes\":67108864,"
            + "\"environments\":[],\"managerStatus\":\"leader\",\"address\":\"172.16.213.11\","
            + "\"engineVersion\":\"20.10\",\"labels\":{}}]";

    @TempDir
    Path home;

    FakeServer server;
    Map<String, String> env;

    @BeforeEach
    void start() throws Exception {
        server = new FakeServer();
        env = Map.of("HOME", home.toString(), "BERTH_TOKEN", "berth_t", "BERTH_SERVER", server.url(),
                "DOCKER_HOST", "tcp://127.0.0.1:9");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void gcFollowsTheServersJobAndPrintsWhatItWouldRemove() {
        server.json("POST /gc", 202, "{\"job\":{\"id\":\"j1\",\"kind\":\"gc\"}}")
                .events("GET /jobs/j1/events",
                        "notice", "{\"message\":\"would remove expired environment shop-bob\"}",
                        "done", "{\"state\":\"succeeded\",\"message\":\"would remove 1 expired environment(s), 0"
                                + " container(s), 0 image(s), 0 volume(s); 0 bytes reclaimable\"}");
        Cli cli = Cli.run(env, home, "gc", "--dry-run");
        assertThat(cli.code).as(cli.err()).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).isEqualTo("job j1: gc (dry run)\nwould remove expired environment shop-bob\n"
                + "would remove 1 expired environment(s), 0 container(s), 0 image(s), 0 volume(s); 0 bytes reclaimable\n");
        assertThat(server.requests.get(0).query()).isEqualTo("dryRun=true");
    }

    @Test
    void aNodeTheServersGcSkippedMakesTheExitCode4AsLocally() {
        server.json("POST /gc", 202, "{\"job\":{\"id\":\"j2\",\"kind\":\"gc\"}}")
                .events("GET /jobs/j2/events",
                        "notice", "{\"message\":\"warning: skipped node tcp://10.0.0.3:2376: unreachable: Connection"
                                + " refused; nothing removed there (the next gc collects it once its engine answers)\","
                                + "\"skippedNode\":\"tcp://10.0.0.3:2376\"}",
                        "done", "{\"state\":\"succeeded\",\"message\":\"nothing to collect; skipped 1 node(s) whose"
                                + " engine did not answer: tcp://10.0.0.3:2376\"}");
        Cli cli = Cli.run(env, home, "gc");
        assertThat(cli.code).as(cli.err()).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(cli.out()).contains("warning: skipped node tcp://10.0.0.3:2376: unreachable: Connection refused");
    }

    @Test
    void gcIsRefusedToAMemberWithTheServersWordsAndWhatItCannotDoIsSaid() {
        server.error("POST /gc", 403, "only admins may do this; mona is a member");
        Cli denied = Cli.run(env, home, "gc");
        assertThat(denied.code).isEqualTo(ExitCodes.FAILURE);
        assertThat(denied.err()).isEqualTo("berth: only admins may do this; mona is a member\n");
        assertThat(server.requests.get(0).query()).isNull();
        Cli json = Cli.run(env, home, "gc", "--format", "json");
        assertThat(json.code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(json.err()).isEqualTo("berth: --format json does not work through a server: the server's gc"
                + " reports as its job's events, without the per-node figures; leave it out\n");
        assertThat(Cli.run(env, home, "gc", "--timeout", "1m").code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(server.requests).hasSize(1);
    }

    @Test
    void nodesAreListedAsClusterNodesListsThem() {
        server.json("GET /cluster/nodes", 200, NODES);
        Cli cli = Cli.run(env, home, "cluster", "nodes");
        assertThat(cli.code).as(cli.err()).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).isEqualTo("""
                ID             HOSTNAME      ROLE      AVAILABILITY   STATUS   MANAGER   ADDRESS         ENGINE   CPUS   MEMORY   LABELS   ENGINE API
                m0123456789a   berth-node1   manager   active         ready    leader    172.16.213.11   20.10    2      4.0GiB            yes
                w0123456789a   berth-node2   worker    active         ready              172.16.213.12   20.10    2      4.0GiB   zone=b   unknown
                """);
        Cli json = Cli.run(env, home, "cluster", "nodes", "--format", "json");
        assertThat(json.out()).contains("\"hostname\" : \"berth-node1\"", "\"managerStatus\" : \"leader\"",
                "\"engine\" : \"unknown\"");
    }

    @Test
    void topShowsReservationsAndUseAsTheServerReadThem() {
        server.json("GET /cluster/nodes", 200, NODES);
        Cli cli = Cli.run(env, home, "cluster", "top");
        assertThat(cli.code).as(cli.err()).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).contains("berth-node1   manager   2.0 CPU").contains("shop-bob");
        assertThat(cli.out().lines().filter(l -> l.startsWith("berth-node2")).findFirst().orElseThrow())
                .contains("0.5 CPU (25%)", "1.0 GiB (25%)").contains("   -   ");
        Cli json = Cli.run(env, home, "cluster", "top", "--format", "json");
        assertThat(json.out()).contains("\"reservedNanoCpus\" : 500000000", "\"usedNanoCpus\" : null");
    }

    @Test
    void doctorPrintsTheServersChecksAndFailsAsTheyDo() {
        server.json("GET /cluster/doctor", 200, "{\"failed\":true,\"checks\":[{\"name\":\"engines\",\"status\":\"pass\","
                + "\"detail\":\"3 nodes ready\",\"fix\":\"\"},{\"name\":\"registry\",\"status\":\"fail\",\"detail\":"
                + "\"nothing answers at registry:5000\",\"fix\":\"start the registry\"}]}");
        Cli cli = Cli.run(env, home, "cluster", "doctor");
        assertThat(cli.code).isEqualTo(ExitCodes.FAILURE);
        assertThat(cli.out()).isEqualTo("""
                PASS  engines   3 nodes ready
                FAIL  registry  nothing answers at registry:5000
                                fix: start the registry
                1 passed, 0 warned, 1 failed, 0 skipped
                """);
        Cli json = Cli.run(env, home, "cluster", "doctor", "--json");
        assertThat(json.out()).contains("\"ok\" : false", "\"summary\" : \"3 nodes ready\"");
    }

    @Test
    void aViewerIsToldTheDoctorIsNotForThem() {
        server.error("GET /cluster/doctor", 403, "the doctor creates probe services on the cluster, which needs a"
                + " member or an admin; ivy is a viewer");
        Cli cli = Cli.run(env, home, "cluster", "doctor");
        assertThat(cli.code).isEqualTo(ExitCodes.FAILURE);
        assertThat(cli.err()).isEqualTo("berth: the doctor creates probe services on the cluster, which needs a member"
                + " or an admin; ivy is a viewer\n");
        Cli probe = Cli.run(env, home, "cluster", "doctor", "--probe-image", "busybox");
        assertThat(probe.code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(probe.err()).isEqualTo("berth: --probe-image does not work through a server: the server probes"
                + " with its own image; leave it out\n");
    }
}
