package dev.berth.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.server.BerthServer;
import dev.berth.server.api.Heartbeats;
import dev.berth.server.ServeOptions;
import dev.berth.server.cluster.ClusterAccess;
import dev.berth.server.cluster.SwarmClusterSource;
import dev.berth.swarm.deploy.UpRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server on the test swarm: up through the API (202, then its events until done), status
 * from the cached view, extend, the nodes' use, logs, and down through the command line's --server.
 */
class ServeIT extends SwarmIT {

    static final String TOKEN = "berth_serve-it-admin-token-0123456789";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    BerthServer server;
    String base;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        start(0);
    }

    /** The server on {@code dataDir}, on {@code port} (0: any free one): its database outlives it. */
    private void start(int port) {
        ClusterAccess access = new ClusterAccess(swarm.manager, swarm.nodes, UpRequest.DEFAULT_POOLS, false, swarm.image);
        server = BerthServer.start(new ServeOptions("127.0.0.1", port, null, dataDir, TOKEN,
                Path.of("../examples").toAbsolutePath().normalize(), access,
                new SwarmClusterSource(swarm.manager, swarm.nodes), Duration.ofSeconds(15), 10, Duration.ofMinutes(1), 2));
        base = "http://127.0.0.1:" + server.port() + "/api/v1";
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void upStatusLogsAndDownThroughTheServer() throws Exception {
        String env = "srv-" + UUID.randomUUID().toString().substring(0, 8);
        String yaml = """
                services:
                  web:
                    image: %s
                    command: ["sh", "-c", "echo hello from web; mkdir -p /www; echo ok > /www/index.html; exec httpd -f -p 8080 -h /www"]
                    stop_grace_period: 1s
                    healthcheck:
                      test: ["CMD", "sh", "-c", "timeout 2 wget -q -O- http://127.0.0.1:8080/"]
                      interval: 1s
                      retries: 20
                    deploy: {endpoint_mode: dnsrr}
                  client:
                    image: %s
                    command: ["sh", "-c", "echo client up; exec sleep 3600"]
                    stop_grace_period: 1s
                    deploy: {endpoint_mode: dnsrr}
                    depends_on:
                      web: {condition: service_healthy}
                """.formatted(swarm.image, swarm.image);
        HttpResponse<String> plan = send("POST", "/environments/" + env + "/plan",
                JSON.writeValueAsString(Map.of("files", Map.of("compose.yaml", yaml))));
        assertThat(plan.statusCode()).as(plan.body()).isEqualTo(200);
        JsonNode admission = JSON.readTree(plan.body()).path("admission");
        assertThat(admission.path("fits").asBoolean()).as(plan.body()).isTrue();
        assertThat(admission.path("services").findValuesAsText("service")).containsExactlyInAnyOrder("web", "client");
        assertThat(admission.path("services").get(0).path("nodes")).hasSize(1);
        assertThat(admission.path("freeAfter")).hasSize(swarm.nodes.size());
        HttpResponse<String> up = send("PUT", "/environments/" + env,
                JSON.writeValueAsString(Map.of("files", Map.of("compose.yaml", yaml), "ttl", "2h")));
        try {
            assertThat(up.statusCode()).as(up.body()).isEqualTo(202);
            String job = JSON.readTree(up.body()).path("job").path("id").asText();

            List<String> events = events("/jobs/" + job + "/events");
            assertThat(events).anyMatch(e -> e.startsWith("progress ") && e.contains("\"service\":\"web\""));
            assertThat(events.get(events.size() - 1)).startsWith("done ").contains("\"state\":\"succeeded\"");

            JsonNode status = awaitState(env, "up");
            assertThat(status.path("team").asText()).isEqualTo("admins");
            assertThat(status.path("owner").asText()).isEqualTo("admin");
            assertThat(status.path("services")).hasSize(2);
            JsonNode web = status.path("services").get(1);
            assertThat(web.path("name").asText()).isEqualTo("web");
            assertThat(web.path("health").asText()).isEqualTo("healthy");
            assertThat(web.path("replicas").asText()).isEqualTo("1/1");
            assertThat(web.path("nodes")).hasSize(1);

            // Extending goes from the expiry the labels hold, and the status shows the new one.
            Instant expires = Instant.parse(status.path("expires").asText());
            HttpResponse<String> extended = send("POST", "/environments/" + env + "/extend", "{\"by\":\"4h\"}");
            assertThat(extended.statusCode()).as(extended.body()).isEqualTo(200);
            assertThat(Instant.parse(JSON.readTree(extended.body()).path("expires").asText()))
                    .isEqualTo(expires.plus(Duration.ofHours(4)));
            assertThat(Instant.parse(awaitState(env, "up").path("expires").asText()))
                    .isEqualTo(expires.plus(Duration.ofHours(4)));

            // The nodes carry what cluster top reads: the manager's engine answers, so its use is measured.
            JsonNode nodes = JSON.readTree(send("GET", "/cluster/nodes", null).body());
            assertThat(nodes.findValues("environments").toString()).contains(env);
            assertThat(nodes.findValues("usedMemoryBytes")).anyMatch(v -> v.isNumber() && v.asLong() > 0);

            JsonNode logs = JSON.readTree(send("GET", "/environments/" + env + "/logs?service=web&tail=50", null).body());
            assertThat(logs.findValuesAsText("line")).contains("hello from web");
            assertThat(logs.get(0).path("time").asText()).isNotEmpty();

            long readersBefore = threads("berth-logs-web");
            assertThat(firstFollowedLogLine(env)).contains("\"service\":\"web\"").contains("hello from web");
            // The client left a stream of a service that prints nothing more: the next heartbeat finds it
            // gone, and the server keeps neither the follower nor its reader of web's logs.
            Instant noticed = Instant.now().plus(Heartbeats.INTERVAL).plusSeconds(20);
            while ((threads("berth-log-follow-" + env) > 0 || threads("berth-logs-web") > readersBefore)
                    && Instant.now().isBefore(noticed)) {
                Thread.sleep(200);
            }
            assertThat(threads("berth-log-follow-" + env)).isZero();
            assertThat(threads("berth-logs-web")).isLessThanOrEqualTo(readersBefore);

            Map<String, String> cli = new HashMap<>();
            cli.put("BERTH_SERVER", "http://127.0.0.1:" + server.port());
            cli.put("BERTH_TOKEN", TOKEN);
            TestSwarm.Run ls = swarm.berthWith(cli, Path.of("."), "ls");
            assertThat(ls.code()).as(ls.all()).isZero();
            assertThat(ls.out()).containsPattern(env + "\\s+" + env + "\\s+2/2\\s+up\\s+admin\\s+admins");
            cli.put("BERTH_SERVER", "http://127.0.0.1:" + server.port());
            TestSwarm.Run ps = swarm.berthWith(cli, Path.of("."), "ps", env);
            assertThat(ps.out()).containsPattern("web\\s+1/1\\s+running\\s+healthy");

            cli.put("BERTH_SERVER", "http://127.0.0.1:" + server.port());
            TestSwarm.Run down = swarm.berthWith(cli, Path.of("."), "down", env);
            assertThat(down.code()).as(down.all()).isZero();
            assertThat(down.out()).contains("environment " + env + " removed");
            assertThat(swarm.leftovers(env)).isEmpty();
            Instant deadline = Instant.now().plusSeconds(20);
            while (send("GET", "/environments/" + env, null).statusCode() != 404 && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            assertThat(send("GET", "/environments/" + env, null).statusCode()).isEqualTo(404);
            JsonNode audit = JSON.readTree(send("GET", "/audit", null).body());
            assertThat(audit.findValuesAsText("path")).contains("/api/v1/environments/" + env);
        } finally {
            swarm.down(env);
        }
    }

    @Test
    void theCommandLineDeploysThroughTheServerWithItsFilesAndVariables(@TempDir Path project) throws Exception {
        String env = "srv-cli-" + UUID.randomUUID().toString().substring(0, 6);
        java.nio.file.Files.writeString(project.resolve("greeting.txt"), "hello through the server\n");
        TestSwarm.project(project, """
                services:
                  app:
                    image: ${IMAGE}
                    command: ["sh", "-c", "cat /greeting.txt; echo version $$VERSION; exec sleep 3600"]
                    environment: {VERSION: "${APP_VERSION}"}
                    stop_grace_period: 1s
                    deploy: {endpoint_mode: dnsrr}
                    configs:
                      - {source: greeting, target: /greeting.txt}
                configs:
                  greeting: {file: ./greeting.txt}
                """);
        Map<String, String> cli = new HashMap<>();
        cli.put("BERTH_SERVER", "http://127.0.0.1:" + server.port());
        cli.put("BERTH_TOKEN", TOKEN);
        cli.put("APP_VERSION", "7.1");
        try {
            TestSwarm.Run up = swarm.berthWith(cli, project, "up", env, "--ttl", "1h30m");
            assertThat(up.code()).as(up.all()).isZero();
            assertThat(up.out()).contains("app: app is ready").contains("environment " + env + " is up: 1 services");
            Instant expires = expiry(project, env);
            assertThat(expires).isBetween(Instant.now().plus(Duration.ofMinutes(89)), Instant.now().plus(Duration.ofMinutes(90)));
            // A re-up without --ttl keeps the expiry, also for the service it changes.
            cli.put("APP_VERSION", "7.2");
            TestSwarm.Run again = swarm.berthWith(cli, project, "up", env);
            assertThat(again.code()).as(again.all()).isZero();
            assertThat(expiry(project, env)).isEqualTo(expires);
            // plan, extend and the cluster's commands go through the server too, and print what they print alone.
            TestSwarm.Run plan = swarm.berthWith(cli, project, "plan", env);
            assertThat(plan.code()).as(plan.all()).isZero();
            assertThat(plan.out()).startsWith("environment " + env + ": 0 to create, 0 to update, 0 to remove, ")
                    .containsPattern("keep\\s+service\\s+" + env + "_app").contains("admission: fits");
            TestSwarm.Run extend = swarm.berthWith(cli, project, "extend", env, "1h");
            assertThat(extend.code()).as(extend.all()).isZero();
            assertThat(extend.out()).startsWith("environment " + env + " expires ");
            assertThat(Instant.parse(extend.out().split(" ")[3])).isEqualTo(expires.plus(Duration.ofHours(1)));
            TestSwarm.Run nodes = swarm.berthWith(cli, project, "cluster", "nodes");
            assertThat(nodes.code()).as(nodes.all()).isZero();
            assertThat(nodes.out()).containsPattern("manager\\s+active\\s+ready\\s+leader");
            TestSwarm.Run top = swarm.berthWith(cli, project, "cluster", "top");
            assertThat(top.code()).as(top.all()).isZero();
            assertThat(top.out()).contains(env);
            cli.put("BERTH_SERVER", "http://127.0.0.1:" + server.port());
            Instant deadline = Instant.now().plusSeconds(20);
            TestSwarm.Run logs;
            do {
                logs = swarm.berthWith(Map.of("BERTH_SERVER", "http://127.0.0.1:" + server.port(), "BERTH_TOKEN", TOKEN),
                        project, "logs", env);
                Thread.sleep(200);
            } while (!logs.out().contains("version 7.2") && Instant.now().isBefore(deadline));
            assertThat(logs.out()).contains("app-1  | hello through the server").contains("app-1  | version 7.2");
            TestSwarm.Run invalid = swarm.berthWith(Map.of("BERTH_SERVER", "http://127.0.0.1:" + server.port(),
                    "BERTH_TOKEN", TOKEN), TestSwarm.project(project.resolve("bad"), "services:\n  x:\n    image: [1]\n"),
                    "up", env + "-bad");
            assertThat(invalid.code()).isEqualTo(2);
            assertThat(invalid.err()).startsWith("berth: the project is invalid (1 problem):\n  compose.yaml:3:");

            // --ttl 0 through the server: it never expires, and an extension leaves it so, as locally
            TestSwarm.Run forever = swarm.berthWith(cli, project, "up", env, "--ttl", "0");
            assertThat(forever.code()).as(forever.all()).isZero();
            TestSwarm.Run forever2 = swarm.berthWith(cli, project, "extend", env, "1h");
            assertThat(forever2.code()).as(forever2.all()).isZero();
            assertThat(forever2.out()).contains("environment " + env + " never expires");
        } finally {
            swarm.down(env);
        }
    }

    @Test
    void theBundledShopIsCompiledBuiltAndDeployedThroughTheServerAndItsJobOutlivesTheClient(@TempDir Path dir)
            throws Exception {
        String env = "srv-shop-" + UUID.randomUUID().toString().substring(0, 6);
        HttpResponse<String> up = send("PUT", "/environments/" + env,
                JSON.writeValueAsString(Map.of("example", "shop", "env", Map.of("GATEWAY_PORT", "28089"))));
        try {
            assertThat(up.statusCode()).as(up.body()).isEqualTo(202);
            String job = JSON.readTree(up.body()).path("job").path("id").asText();
            // The client goes away after the first event; the job goes on.
            assertThat(firstEvent("/jobs/" + job + "/events")).isNotEmpty();

            List<String> events = events("/jobs/" + job + "/events");
            assertThat(events.get(events.size() - 1)).as(String.join("\n", events))
                    .startsWith("done ").contains("\"state\":\"succeeded\"");
            assertThat(events).as("the module images were made by the compile step's output")
                    .anyMatch(e -> e.startsWith("progress ") && e.contains("\"service\":\"gateway\"")
                            && e.contains("image berth-module/shop-gateway:"));
            TestSwarm.Run port = swarm.berth(dir, "port", env, "gateway", "8080");
            assertThat(port.code()).as(port.all()).isZero();
            String answer = PublishedPortsIT.fetch(port.out().trim());
            assertThat(answer).as(answer).contains("\"environment\": \"" + env + "\"", "\"served_by\": \"gateway@",
                    "\"products_from\": \"mariadb mariadb:3306/shop\"", "\"registered_in\": \"zookeeper zookeeper:2181\"");

            // The server compiled them into its own artifact store, which it reports from.
            TestSwarm.Run artifacts = swarm.berthWith(Map.of("BERTH_SERVER", "http://127.0.0.1:" + server.port(),
                    "BERTH_TOKEN", TOKEN), dir, "artifacts", env, "--format", "json");
            assertThat(artifacts.code()).as(artifacts.all()).isZero();
            JsonNode rows = JSON.readTree(artifacts.out());
            assertThat(rows).extracting(r -> r.path("name").asText() + " " + r.path("consumers").get(0).path("service").asText()
                    + ":" + r.path("consumers").get(0).path("target").asText() + " " + r.path("stored").asText())
                    .containsExactly("catalog.jar catalog:/app/catalog.jar yes", "gateway.jar gateway:/app/gateway.jar yes",
                            "orders.jar orders:/app/orders.jar yes");
            assertThat(rows).allSatisfy(r -> {
                assertThat(r.path("sha256").asText()).hasSize(64);
                assertThat(r.path("size").asLong()).isPositive();
                assertThat(r.path("producers").get(0).path("step").asText()).isEqualTo("compile");
            });

            // The same project sent by the command line from the example's directory: every file goes,
            // the sources deep in src/ too, so the compile step finds its inputs unchanged and is not run.
            Path shop = Path.of("../examples/shop").toAbsolutePath().normalize();
            TestSwarm.Run again = swarm.berthWith(Map.of("BERTH_SERVER", "http://127.0.0.1:" + server.port(),
                    "BERTH_TOKEN", TOKEN, "GATEWAY_PORT", "28089"), shop, "up", env, "-f", "compose-compile.yaml",
                    "-f", "compose-dependency.yaml", "-f", "compose-deploy.yaml");
            assertThat(again.code()).as(again.all()).isZero();
            assertThat(again.out()).contains("compile step compile: unchanged");
        } finally {
            swarm.down(env);
        }
    }

    @Test
    void aJobTheServerStoppedInIsInterruptedAfterARestartAndRunningItAgainConverges() throws Exception {
        String env = "srv-rst-" + UUID.randomUUID().toString().substring(0, 6);
        String yaml = """
                services:
                  slow:
                    image: %s
                    command: ["sh", "-c", "sleep 6; touch /tmp/ready; exec sleep 3600"]
                    stop_grace_period: 1s
                    healthcheck: {test: ["CMD", "test", "-f", "/tmp/ready"], interval: 1s, retries: 60}
                    deploy: {endpoint_mode: dnsrr}
                  late:
                    image: %s
                    command: ["sh", "-c", "exec sleep 3600"]
                    stop_grace_period: 1s
                    deploy: {endpoint_mode: dnsrr}
                    depends_on: {slow: {condition: service_healthy}}
                """.formatted(swarm.image, swarm.image);
        String body = JSON.writeValueAsString(Map.of("files", Map.of("compose.yaml", yaml)));
        try {
            HttpResponse<String> up = send("PUT", "/environments/" + env, body);
            assertThat(up.statusCode()).as(up.body()).isEqualTo(202);
            String job = JSON.readTree(up.body()).path("job").path("id").asText();
            // stopped once slow runs: late waits for slow to turn healthy, which takes it six seconds
            assertThat(firstEvent("/jobs/" + job + "/events", "\"service\":\"slow\"")).isNotEmpty();
            server.close();
            start(0);

            JsonNode interrupted = JSON.readTree(send("GET", "/jobs/" + job, null).body());
            assertThat(interrupted.path("state").asText()).as(interrupted.toString()).isEqualTo("interrupted");
            HttpResponse<String> again = send("PUT", "/environments/" + env, body);
            assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
            List<String> events = events("/jobs/" + JSON.readTree(again.body()).path("job").path("id").asText()
                    + "/events");
            assertThat(events.get(events.size() - 1)).as(String.join("\n", events))
                    .startsWith("done ").contains("\"state\":\"succeeded\"");
            assertThat(awaitState(env, "up").path("services")).hasSize(2);
        } finally {
            swarm.down(env);
        }
    }

    /** Reads the job's stream until its first event, then disconnects. */
    private String firstEvent(String path) throws Exception {
        return firstEvent(path, "");
    }

    /** Reads the job's stream until the first event whose data contains {@code text}, then disconnects. */
    private String firstEvent(String path, String text) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + TOKEN)
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(30)).GET().build();
        HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        try (Stream<String> lines = response.body()) {
            return lines.filter(l -> l.startsWith("data:") && l.contains(text)).findFirst().orElse("");
        }
    }

    /** The environment's expiry as {@code berth ls} reads it from the cluster's labels. */
    private static Instant expiry(Path dir, String env) throws Exception {
        TestSwarm.Run ls = swarm.berth(dir, "ls", "--format", "json");
        for (JsonNode e : JSON.readTree(ls.out())) {
            if (e.path("name").asText().equals(env)) {
                return Instant.parse(e.path("expires").asText());
            }
        }
        throw new AssertionError(env + " is not listed: " + ls.all());
    }

    /** The environment once the cached view shows {@code state}: kept current by engine events. */
    private JsonNode awaitState(String env, String state) throws Exception {
        Instant deadline = Instant.now().plusSeconds(20);
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> r = send("GET", "/environments/" + env, null);
            if (r.statusCode() == 200) {
                last = JSON.readTree(r.body());
                if (last.path("state").asText().equals(state)) {
                    return last;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("environment " + env + " is not " + state + ": " + last);
    }

    private static long threads(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name) && t.isAlive()).count();
    }

    /** Follows the logs as server-sent events and returns the first log event's data; then leaves. */
    private String firstFollowedLogLine(String env) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/environments/" + env
                        + "/logs?service=web&tail=5&follow=true")).header("Authorization", "Bearer " + TOKEN)
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(30)).GET().build();
        HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        try (Stream<String> lines = response.body()) {
            return lines.dropWhile(l -> !l.equals("event: log")).skip(1).findFirst().orElse("");
        }
    }

    /** The job's server-sent events as "name data" lines, until the server ends the stream. */
    private List<String> events(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + TOKEN)
                .header("Accept", "text/event-stream").timeout(Duration.ofMinutes(8)).GET().build();
        HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> events = new ArrayList<>();
        String[] name = {""};
        response.body().forEach(line -> {
            if (line.startsWith("event:")) {
                name[0] = line.substring(6).trim();
            } else if (line.startsWith("data:")) {
                events.add(name[0] + " " + line.substring(5).trim());
            }
        });
        return events;
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json").timeout(Duration.ofMinutes(2));
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
