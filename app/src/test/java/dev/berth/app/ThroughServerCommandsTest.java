package dev.berth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * plan, extend and port through a server: what they send, that they print what they print on
 * their own (plan against the same golden files), and that the server's refusals keep their
 * message and exit code. With BERTH_SERVER set nothing goes to a cluster.
 */
class ThroughServerCommandsTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path project;

    FakeServer server;
    Map<String, String> env;

    @BeforeEach
    void start() throws Exception {
        server = new FakeServer();
        env = Map.of("HOME", project.toString(), "BERTH_TOKEN", "berth_t", "BERTH_SERVER", server.url(),
                "DOCKER_HOST", "tcp://127.0.0.1:9");
        Files.writeString(project.resolve("compose.yaml"), "services:\n  web:\n    image: busybox:${TAG}\n");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** The server's answer: the report of berth plan, and the changes by action the dashboard reads. */
    private static String answer(String golden) throws Exception {
        String report = Files.readString(GOLDEN.resolve(golden)).trim();
        return report.substring(0, report.length() - 1) + ", \"creates\": [], \"updates\": [], \"removes\": []}";
    }

    @Test
    void planThroughAServerPrintsWhatPlanPrintsAndSendsTheProject() throws Exception {
        server.json("POST /environments/shop-alice/plan", 200, answer("plan-fits.json"));
        Cli text = Cli.run(Map.of("HOME", project.toString(), "BERTH_TOKEN", "berth_t", "TAG", "1.2"), project,
                "plan", "shop-alice", "--server", server.url());
        assertThat(text.code).as(text.err()).isEqualTo(ExitCodes.OK);
        assertThat(text.out()).isEqualTo(Files.readString(GOLDEN.resolve("plan-fits.txt")));
        FakeServer.Request sent = server.requests.get(0);
        assertThat(sent.authorization()).isEqualTo("Bearer berth_t");
        assertThat(sent.body()).contains("\"compose.yaml\":\"services:").contains("\"env\":{\"TAG\":\"1.2\"}");
        server.requests.clear();
        // the whole tree goes, however deep (a compile step's sources), with its dot files, but no .git, build
        // output or binaries
        Path deep = project.resolve("src/catalog/dev/berth/shop/catalog/Catalog.java");
        Files.createDirectories(deep.getParent());
        Files.writeString(deep, "class Catalog {}\n");
        Files.createDirectories(project.resolve(".git"));
        Files.writeString(project.resolve(".git/HEAD"), "ref: main\n");
        Files.createDirectories(project.resolve("target"));
        Files.writeString(project.resolve("target/out.txt"), "built\n");
        Files.write(project.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff, (byte) 0xfe});
        Files.writeString(project.resolve("src/.dockerignore"), "dist\n");
        Cli again = Cli.run(env, project, "plan", "shop-alice");
        assertThat(again.code).as(again.err()).isEqualTo(ExitCodes.OK);
        assertThat(again.err()).contains("warning: not sent to the server, as they are not text: logo.png");
        assertThat(server.requests.get(0).body()).contains("\"src/catalog/dev/berth/shop/catalog/Catalog.java\":\"class"
                + " Catalog {}").contains("\"src/.dockerignore\":\"dist").doesNotContain(".git/HEAD").doesNotContain("target/out.txt").doesNotContain("logo.png");
        Cli json = Cli.run(env, project, "plan", "shop-alice", "--format", "json");
        assertThat(json.code).isEqualTo(ExitCodes.OK);
        assertThat(json.out()).isEqualTo(Files.readString(GOLDEN.resolve("plan-fits.json")));
    }

    @Test
    void aPlanThatDoesNotFitExitsThreeAsLocally() throws Exception {
        server.json("POST /environments/shop-alice/plan", 200, answer("plan-refused.json"));
        Cli cli = Cli.run(env, project, "plan", "shop-alice");
        assertThat(cli.code).isEqualTo(ExitCodes.REFUSED);
        assertThat(cli.out()).isEqualTo(Files.readString(GOLDEN.resolve("plan-refused.txt")));
    }

    @Test
    void anInvalidProjectTheServerFindsIsReportedWithItsPositions() {
        server.json("POST /environments/shop-alice/plan", 400, "{\"error\":{\"status\":400,\"message\":\"the project"
                + " is invalid (1 problem)\",\"problems\":[{\"file\":\"compose.yaml\",\"line\":3,\"column\":12,"
                + "\"path\":\"services.web.image\",\"message\":\"expected a string\"}]}}");
        Cli cli = Cli.run(env, project, "plan", "shop-alice");
        assertThat(cli.code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(cli.err()).isEqualTo("berth: the project is invalid (1 problem):\n"
                + "  compose.yaml:3:12: services.web.image: expected a string\n");
    }

    @Test
    void optionsTheServerDecidesAreRefusedBeforeAnythingIsSent() {
        Cli plan = Cli.run(env, project, "plan", "shop-alice", "--ipvs", "on");
        assertThat(plan.code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(plan.err()).isEqualTo("berth: --ipvs does not work through a server: the server decides how its"
                + " cluster routes; leave it out\n");
        Cli extend = Cli.run(env, project, "extend", "shop-alice", "4h", "--wait-lock", "1m");
        assertThat(extend.code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(extend.err()).isEqualTo("berth: --wait-lock does not work through a server: the server waits as"
                + " its environments.wait-lock says; leave it out\n");
        Cli envFile = Cli.run(env, project, "plan", "shop-alice", "--env-file", "other.env");
        assertThat(envFile.code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(envFile.err()).isEqualTo("berth: --env-file does not work through a server: the server reads the"
                + " .env sent with the project, and the variables the files name from this shell; leave it out\n");
        Cli name = Cli.run(env, project, "up", "shop-alice", "-p", "myproj");
        assertThat(name.code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(name.err()).contains("--project-name does not work through a server");
        Cli missing = Cli.run(env, project, "plan", "shop-alice", "-f", "nope.yaml");
        assertThat(missing.code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(missing.err()).isEqualTo("berth: compose file " + project.resolve("nope.yaml") + " does not exist\n");
        assertThat(server.requests).isEmpty();
    }

    @Test
    void anUpTheServersAdmissionRefusesExitsThreeWithTheTableAsLocally() {
        server.json("PUT /environments/shop-alice", 202, "{\"job\":{\"id\":\"j7\",\"kind\":\"up\"}}")
                .events("GET /jobs/j7/events",
                        "refused", "{\"message\":\"environment shop-alice does not fit on the cluster: 1 service cannot"
                                + " be placed; nothing was created (\\\"force\\\": true deploys anyway)\",\"refusals\":"
                                + "[{\"service\":\"web\",\"wanted\":3,\"placed\":2,\"memoryBytes\":4294967296,"
                                + "\"nanoCpus\":250000000,\"best\":{\"node\":\"node3\",\"nodeId\":\"id3\","
                                + "\"memoryBytes\":3221225472,\"nanoCpus\":1000000000},\"why\":\"2 of 3 tasks fit\"}]}",
                        "done", "{\"state\":\"failed\",\"message\":\"environment shop-alice does not fit\"}");
        Cli cli = Cli.run(env, project, "up", "shop-alice", "--force");
        assertThat(cli.code).isEqualTo(ExitCodes.REFUSED);
        assertThat(cli.err()).startsWith("berth: environment shop-alice does not fit on the cluster: 1 service cannot"
                + " be placed; nothing was created").contains("SERVICE", "BEST NODE FREE", "WHY")
                .containsPattern("web +4\\.0 GiB, 0\\.25 CPU × 3 +node3: 3\\.0 GiB, 1\\.0 CPU +2 of 3 tasks fit");
        assertThat(server.requests.get(0).body()).contains("\"force\":true");
    }

    @Test
    void upDetachedReturnsOnceTheServerTookTheJobAndWhatTheServerDecidesIsRefused() {
        server.json("PUT /environments/shop-alice", 202, "{\"job\":{\"id\":\"j8\",\"kind\":\"up\"}}");
        Cli cli = Cli.run(env, project, "up", "shop-alice", "--detach", "--ttl", "1h30m");
        assertThat(cli.code).as(cli.err()).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).isEqualTo("job j8: up shop-alice\nthe server runs it; its progress:"
                + " GET /api/v1/jobs/j8/events\n");
        assertThat(server.requests.get(0).body()).contains("\"ttl\":\"5400s\"").doesNotContain("force");
        for (String[] option : new String[][] {{"--wait-lock", "1m"}, {"--ipvs", "off"}, {"--probe-image", "x:1"},
                {"--timeout", "1m"}}) {
            Cli refused = Cli.run(env, project, "up", "shop-alice", option[0], option[1]);
            assertThat(refused.code).as(refused.err()).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(refused.err()).startsWith("berth: " + option[0] + " does not work through a server: ");
        }
        assertThat(server.requests).hasSize(1);
    }

    @Test
    void extendingAnEnvironmentThatNeverExpiresLeavesItSoAsLocally() {
        server.json("POST /environments/shop-alice/extend", 200, "{\"name\":\"shop-alice\",\"expires\":null,"
                + "\"services\":[]}");
        Cli cli = Cli.run(env, project, "extend", "shop-alice", "4h");
        assertThat(cli.code).as(cli.err()).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).isEqualTo("environment shop-alice never expires; give it a lifetime with 'berth up"
                + " shop-alice --ttl DURATION'\n");
    }

    @Test
    void extendAsksTheServerAndPrintsTheNewExpiry() {
        server.json("POST /environments/shop-alice/extend", 200,
                "{\"name\":\"shop-alice\",\"expires\":\"2999-01-01T00:00:00Z\",\"services\":[]}");
        Cli cli = Cli.run(env, project, "extend", "shop-alice", "4h");
        assertThat(cli.code).as(cli.err()).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).startsWith("environment shop-alice expires 2999-01-01T00:00:00Z (in ");
        assertThat(server.requests.get(0).body()).isEqualTo("{\"by\":\"14400s\"}");
    }

    @Test
    void theServersRefusalKeepsItsMessage() {
        server.error("POST /environments/shop-alice/extend", 403,
                "environment shop-alice belongs to team blue; jack is in team red");
        Cli denied = Cli.run(env, project, "extend", "shop-alice", "4h");
        assertThat(denied.code).isEqualTo(ExitCodes.FAILURE);
        assertThat(denied.err()).isEqualTo("berth: environment shop-alice belongs to team blue; jack is in team red\n");
        server.error("POST /environments/shop-alice/extend", 400, "extend by at most 365d");
        Cli bad = Cli.run(env, project, "extend", "shop-alice", "4h");
        assertThat(bad.code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(bad.err()).isEqualTo("berth: extend by at most 365d\n");
    }

    @Test
    void portPrintsEachAddressAsPortDoes() {
        server.json("GET /environments/shop-bob/services/web/ports", 200, "[{\"target\":80,\"protocol\":\"tcp\","
                + "\"published\":30001,\"mode\":\"host\",\"hosts\":[\"172.16.213.12\",\"172.16.213.13\"]}]");
        Cli all = Cli.run(env, project, "port", "shop-bob", "web");
        assertThat(all.code).as(all.err()).isEqualTo(ExitCodes.OK);
        assertThat(all.out()).isEqualTo("80/tcp -> 172.16.213.12:30001\n80/tcp -> 172.16.213.13:30001\n");
        Cli one = Cli.run(env, project, "port", "shop-bob", "web", "80");
        assertThat(one.out()).isEqualTo("172.16.213.12:30001\n172.16.213.13:30001\n");
        assertThat(server.requests.get(1).query()).isEqualTo("port=80");
        server.error("GET /environments/shop-bob/services/db/ports", 404,
                "environment shop-bob has no service db; its services: web");
        Cli missing = Cli.run(env, project, "port", "shop-bob", "db");
        assertThat(missing.code).isEqualTo(ExitCodes.FAILURE);
        assertThat(missing.err()).isEqualTo("berth: environment shop-bob has no service db; its services: web\n");
    }

    @Test
    void anEnvironmentsArtifactsThroughAServerArePrintedAsLocally() {
        String a = "0ce09c6548c3" + "a".repeat(52);
        server.json("GET /environments/shop-alice/artifacts", 200, "[{\"name\":\"catalog.jar\",\"sha256\":\"" + a
                + "\",\"size\":81234,\"producers\":[{\"step\":\"compile\",\"inputHash\":\"d845012ce181ffff\"}],"
                + "\"consumers\":[{\"service\":\"catalog\",\"target\":\"/app/catalog.jar\"}],\"stored\":\"yes\"}]");
        Cli cli = Cli.run(env, project, "artifacts", "shop-alice");
        assertThat(cli.code).as(cli.err()).isEqualTo(ExitCodes.OK);
        assertThat(cli.out()).isEqualTo("""
                ARTIFACT      SHA256         SIZE    PRODUCER                        CONSUMERS                  STORED
                catalog.jar   0ce09c6548c3   81234   compile (inputs d845012ce181)   catalog:/app/catalog.jar   yes
                """);
        assertThat(server.requests.get(0).authorization()).isEqualTo("Bearer berth_t");

        Cli unknown = Cli.run(env, project, "artifacts", "shop-alice", "--artifact", "api.jar");
        assertThat(unknown.code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(unknown.err()).isEqualTo("berth: environment shop-alice has no artifact api.jar; it has catalog.jar\n");
    }

    @Test
    void anEnvironmentTheServerDoesNotKnowExitsOneWithItsMessage() {
        server.error("GET /environments/shop-bob/artifacts", 404, "environment shop-bob does not exist (berth ls lists them)");
        Cli cli = Cli.run(env, project, "artifacts", "shop-bob");
        assertThat(cli.code).isEqualTo(ExitCodes.FAILURE);
        assertThat(cli.err()).isEqualTo("berth: environment shop-bob does not exist (berth ls lists them)\n");
    }
}
