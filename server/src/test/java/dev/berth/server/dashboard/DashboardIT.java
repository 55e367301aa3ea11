package dev.berth.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.Labels;
import dev.berth.server.BerthServer;
import dev.berth.server.Http;
import dev.berth.server.ServeOptions;
import dev.berth.server.cluster.ClusterAccess;
import dev.berth.server.cluster.SwarmClusterSource;
import dev.berth.swarm.client.DockerEndpoint;
import dev.berth.swarm.client.SwarmClient;
import dev.berth.swarm.deploy.UpRequest;
import dev.berth.swarm.spec.SpecJson;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The dashboard end to end: berth serve in-process on the 3-node test swarm, driven in
 * headless Chromium as a person would — sign in, bring up the hello example, watch it turn
 * healthy, read its log, look at the cluster, tear it down. A screenshot of each step is
 * saved under target/screenshots.
 */
class DashboardIT {
    static final String ADMIN_TOKEN = "berth_dashboard-it-admin-token-0123456789";
    static final Duration SHORT = Duration.ofSeconds(15);
    static final Duration DEPLOY = Duration.ofSeconds(180);

    @Test
    void bringsUpWatchesReadsAndTearsDownTheHelloExample(@TempDir Path data) throws Exception {
        String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong(0x100000, 0xffffff));
        String env = "dash-" + suffix;
        String user = "dash-" + suffix;
        String password = "dashboard-password-" + suffix;
        int port = ThreadLocalRandom.current().nextInt(31000, 32000);
        try (TestCluster cluster = new TestCluster();
             BerthServer server = BerthServer.start(cluster.options(data));
             Browser browser = new Browser("dashboard")) {
            Http http = new Http(server.port());
            try {
                Http.Response created = http.post("/api/v1/users", ADMIN_TOKEN, String.format(
                        "{\"name\": \"%s\", \"role\": \"member\", \"team\": \"dash\", \"password\": \"%s\"}",
                        user, password));
                assertThat(created.status()).as(created.body()).isEqualTo(201);
                String url = "http://127.0.0.1:" + server.port() + "/";

                browser.open(url);
                browser.await("#user", SHORT).sendKeys(user);
                browser.find("#password").sendKeys(password);
                browser.screenshot("sign-in");
                browser.find("#password").submit();
                assertThat(browser.await("#who .user", SHORT).getText()).isEqualTo(user + " (member, dash)");
                browser.screenshot("environments");

                browser.find("button[aria-controls='deploy']").click();
                browser.find("#env-name").sendKeys(env);
                browser.find("#variables").sendKeys("HELLO_PORT=" + port + "\nBERTH_EXAMPLE_IMAGE=" + cluster.image);
                browser.await("#example option[value='hello']", SHORT).click();
                browser.find("#plan-button").click();
                assertThat(browser.await("#deploy-result .plan", SHORT).getText()).contains("gateway");
                browser.screenshot("plan");
                browser.find("#up-button").click();
                browser.until(SHORT, d -> d.getCurrentUrl().contains("#/environments/" + env + "?job="));
                browser.await("#job tbody tr", DEPLOY);
                browser.screenshot("deploying");

                Instant start = Instant.now();
                browser.until(DEPLOY, d -> browser.find("#job-state").getText().contains("succeeded")
                        && browser.findAll("g.node.state-good").size() == 4
                        && browser.find("#env-state").getText().contains("up"));
                Duration healthy = Duration.between(start, Instant.now());
                assertThat(browser.find("#service-table").getText())
                        .contains("gateway", "running, healthy", "complete");
                assertThat(browser.findAll("svg.graph path.edge")).extracting(edge -> edge.getAttribute("textContent"))
                        .containsExactlyInAnyOrder("catalog depends on compile", "gateway depends on catalog",
                                "gateway depends on store");
                WebElement address = browser.find("tr[data-service='gateway'] a");
                assertThat(address.getAttribute("href")).contains(":" + port);
                browser.screenshot("healthy");

                browser.find("button[data-logs='compile']").click();
                browser.until(DEPLOY, d -> browser.findAll(".tail[data-service='compile'] .line").stream()
                        .anyMatch(line -> line.getText().equals("built")));
                browser.screenshot("log-tail");

                // The same page opened afresh: no job runs, so it shows the environment alone.
                browser.open(url + "#/environments/" + env);
                browser.await("button[data-logs='compile']", SHORT).click();
                browser.until(SHORT, d -> browser.findAll(".tail .line").stream()
                        .anyMatch(line -> line.getText().equals("built")));
                assertThat(browser.findAll("#job *")).isEmpty();
                browser.screenshot("environment");

                browser.find("a[href='#/cluster']").click();
                browser.until(SHORT, d -> browser.findAll(".node-card").size() == cluster.nodes.size());
                browser.until(SHORT, d -> browser.findAll(".node-card .chips a").stream()
                        .anyMatch(link -> link.getText().equals(env)));
                assertThat(browser.find(".node-card").getText()).contains("reserved", "CPU", "Memory");
                browser.screenshot("cluster");

                browser.find("#nav a[href='#/environments']").click();
                WebElement row = browser.await("tr[data-environment='" + env + "']", SHORT);
                assertThat(row.getText()).contains("hello", user + " · dash", "4/4 healthy, 4/4 running", "✓ up");
                browser.screenshot("environments-list");

                browser.open(url + "#/environments/" + env);
                browser.await("h1", SHORT);
                browser.find(".heading .danger").click();
                WebElement confirm = browser.await("dialog.confirm", SHORT);
                browser.screenshot("confirm-down");
                Instant downStart = Instant.now();
                confirm.findElement(By.cssSelector("button[value='down']")).click();
                browser.until(DEPLOY, d -> !browser.findAll("#env-gone").isEmpty()
                        && browser.find("#job-state").getText().contains("succeeded"));
                Duration down = Duration.between(downStart, Instant.now());
                browser.screenshot("down");
                System.out.printf("dashboard: %s healthy in the page %d ms after the job view opened; gone %d ms"
                        + " after the confirmation%n", env, healthy.toMillis(), down.toMillis());
                assertThat(cluster.manager.services(Map.of("label", List.of(Labels.ENVIRONMENT + "=" + env))))
                        .isEmpty();
            } finally {
                takeDown(http, env);
            }
        }
    }

    /** When the test failed half-way, the environment still goes, through the same API. */
    private static void takeDown(Http http, String env) throws InterruptedException {
        if (http.get("/api/v1/environments/" + env, ADMIN_TOKEN).status() != 200) {
            return;
        }
        Http.Response down = http.delete("/api/v1/environments/" + env, ADMIN_TOKEN);
        String job = down.json().path("job").path("id").asText();
        Instant deadline = Instant.now().plus(DEPLOY);
        while (Instant.now().isBefore(deadline)) {
            String state = http.get("/api/v1/jobs/" + job, ADMIN_TOKEN).json().path("state").asText();
            if (!state.equals("queued") && !state.equals("running")) {
                return;
            }
            Thread.sleep(500);
        }
    }

    /** The test swarm that scripts/cluster up --nodes 3 starts, from what scripts/cluster env exports. */
    static final class TestCluster implements AutoCloseable {
        final SwarmClient manager;
        final List<SwarmClient> nodes;
        final String image;
        final Boolean ipvs;

        TestCluster() {
            Map<String, String> env = System.getenv();
            String managerHost = env.get("BERTH_TEST_MANAGER");
            if (managerHost == null) {
                throw new IllegalStateException("no test swarm: start it with 'scripts/cluster up --nodes 3' and export"
                        + " what 'scripts/cluster env' prints (scripts/test does both)");
            }
            manager = client(managerHost);
            nodes = Arrays.stream(env.getOrDefault("BERTH_TEST_NODES", managerHost).split(","))
                    .map(TestCluster::client).toList();
            image = env.getOrDefault("BERTH_TEST_IMAGES", "berth/busybox:1").split(",")[0];
            ipvs = env.containsKey("BERTH_TEST_IPVS") ? Boolean.valueOf(env.get("BERTH_TEST_IPVS")) : null;
        }

        ServeOptions options(Path data) {
            ClusterAccess access = new ClusterAccess(manager, nodes, UpRequest.DEFAULT_POOLS, ipvs, image);
            return new ServeOptions("127.0.0.1", 0, null, data, ADMIN_TOKEN,
                    Path.of("../examples").toAbsolutePath().normalize(), access,
                    new SwarmClusterSource(manager, nodes), ServeOptions.DEFAULT_FULL_REFRESH,
                    ServeOptions.DEFAULT_FAILED_AUTH_LIMIT, ServeOptions.DEFAULT_FAILED_AUTH_WINDOW, 2);
        }

        private static SwarmClient client(String host) {
            return new SwarmClient(DockerEndpoint.from(host, Map.of()), SpecJson.mapper());
        }

        @Override
        public void close() {
            nodes.forEach(SwarmClient::close);
            manager.close();
        }
    }
}
