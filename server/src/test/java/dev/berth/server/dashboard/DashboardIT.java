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
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The dashboard end to end: berth serve in-process on the 3-node test swarm, driven in
 * headless Chromium as a person would — sign in, bring up the bundled shop example (its
 * compile step, three module images, three dependencies), watch its six services turn
 * healthy, look at their dependency graph, read the gateway's log, follow its published
 * address, look at the cluster, tear it down. A screenshot of each step is saved under
 * target/screenshots.
 */
class DashboardIT {
    static final String ADMIN_TOKEN = "berth_dashboard-it-admin-token-0123456789";
    /** The gateway's published port: one no other test asks for. */
    static final int GATEWAY_PORT = 28090;
    static final Duration SHORT = Duration.ofSeconds(15);
    /** A cold builder compiles the shop once and builds its module images; later runs find both cached. */
    static final Duration UP = Duration.ofMinutes(5);
    static final Duration DOWN = Duration.ofMinutes(3);
    static final List<String> SERVICES = List.of("catalog", "gateway", "mariadb", "orders", "redis", "zookeeper");

    @Test
    void bringsUpWatchesReadsAndTearsDownTheShopExample(@TempDir Path data) throws Exception {
        String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong(0x100000, 0xffffff));
        String env = "dash-" + suffix;
        String user = "dash-" + suffix;
        String password = "dashboard-password-" + suffix;
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
                browser.find("#variables").sendKeys("GATEWAY_PORT=" + GATEWAY_PORT);
                browser.await("#example option[value='shop']", SHORT).click();
                browser.find("#plan-button").click();
                assertThat(browser.await("#deploy-result .plan", SHORT).getText())
                        .contains("service " + env + "_gateway", "service " + env + "_orders",
                                "service " + env + "_mariadb", "gateway (published: ");
                browser.screenshot("plan");
                browser.find("#up-button").click();
                browser.until(SHORT, d -> d.getCurrentUrl().contains("#/environments/" + env + "?job="));
                // The compile step runs first, on the builder: ran now or unchanged since an earlier run.
                browser.until(UP, d -> browser.find("#job .notices").getText().contains("compile step compile: "));
                browser.screenshot("compiling");
                browser.await("#job tbody tr", UP);
                browser.screenshot("deploying");

                Instant start = Instant.now();
                browser.until(UP, d -> finished(browser)
                        && browser.findAll("g.node.state-good").size() == SERVICES.size()
                        && browser.find("#env-state").getText().contains("up"));
                assertThat(browser.find("#job-state").getText()).as(browser.find("#job").getText())
                        .contains("succeeded");
                Duration healthy = Duration.between(start, Instant.now());
                // The table is redrawn whenever the environment changes; a row redrawn meanwhile is read again.
                browser.until(SHORT, d -> SERVICES.stream().allMatch(service -> browser.find(
                        "tr[data-service='" + service + "'] .service-state").getText().equals("✓ running, healthy")));
                assertThat(browser.find("#job tr[data-service='gateway']").getText()).contains("gateway is ready");
                assertGraph(browser);
                browser.screenshot("healthy");

                browser.find("button[data-logs='gateway']").click();
                browser.until(UP, d -> browser.findAll(".tail[data-service='gateway'] .line").stream()
                        .anyMatch(line -> line.getText().startsWith("gateway: serving on port 8080 as gateway@")));
                browser.screenshot("log-tail");

                followAddress(browser, "tr[data-service='gateway'] a", env);

                // The same page opened afresh: no job runs, so it shows the environment alone.
                browser.open(url + "#/environments/" + env);
                browser.await("button[data-logs='gateway']", SHORT).click();
                browser.until(SHORT, d -> browser.findAll(".tail .line").stream()
                        .anyMatch(line -> line.getText().startsWith("gateway: serving on port 8080")));
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
                assertThat(row.getText()).contains("shop", user + " · dash", "6/6 healthy, 6/6 running", "✓ up");
                browser.screenshot("environments-list");

                browser.open(url + "#/environments/" + env);
                browser.await("h1", SHORT);
                browser.find(".heading .danger").click();
                WebElement confirm = browser.await("dialog.confirm", SHORT);
                browser.screenshot("confirm-down");
                Instant downStart = Instant.now();
                confirm.findElement(By.cssSelector("button[value='down']")).click();
                browser.until(DOWN, d -> !browser.findAll("#env-gone").isEmpty() && finished(browser));
                assertThat(browser.find("#job-state").getText()).as(browser.find("#job").getText())
                        .contains("succeeded");
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

    /** The job's state says it ended, well or not: the wait stops at a failure and the assertion names it. */
    private static boolean finished(Browser browser) {
        String state = browser.find("#job-state").getText();
        return state.contains("succeeded") || state.contains("failed") || state.contains("interrupted");
    }

    /**
     * The graph: an arrow from each module to what it depends on, and each service one column
     * right of the deepest one it depends on — the dependencies, then catalog, orders, gateway.
     */
    private static void assertGraph(Browser browser) {
        // Read in one go: the graph is redrawn whenever the environment changes.
        @SuppressWarnings("unchecked")
        List<List<String>> drawn = (List<List<String>>) browser.script("""
                const graph = document.querySelector('svg.graph');
                return [[...graph.querySelectorAll('path.edge')].map(edge => edge.textContent),
                        [...graph.querySelectorAll('g.node')].map(node => node.dataset.service + ' '
                            + node.getAttribute('transform'))];
                """);
        assertThat(drawn.get(0)).containsExactlyInAnyOrder(
                "catalog depends on mariadb", "catalog depends on redis", "catalog depends on zookeeper",
                "orders depends on catalog", "orders depends on mariadb", "orders depends on redis",
                "orders depends on zookeeper",
                "gateway depends on catalog", "gateway depends on orders", "gateway depends on zookeeper");
        Map<String, Integer> column = new TreeMap<>();
        for (String node : drawn.get(1)) {
            Matcher at = Pattern.compile("(\\S+) translate\\((\\d+),").matcher(node);
            assertThat(at.find()).as(node).isTrue();
            column.put(at.group(1), Integer.valueOf(at.group(2)));
        }
        assertThat(column).containsOnlyKeys(SERVICES);
        assertThat(column.get("mariadb")).isEqualTo(column.get("redis")).isEqualTo(column.get("zookeeper"));
        assertThat(column.get("zookeeper")).isLessThan(column.get("catalog"));
        assertThat(column.get("catalog")).isLessThan(column.get("orders"));
        assertThat(column.get("orders")).isLessThan(column.get("gateway"));
    }

    /**
     * Follows the gateway's published address as a person would: the link opens a new tab, which
     * shows the shop's answer, each part served by a module of this environment.
     */
    private static void followAddress(Browser browser, String link, String env) {
        WebDriver driver = browser.driver();
        String dashboard = driver.getWindowHandle();
        browser.until(SHORT, d -> {
            WebElement address = browser.find(link);
            // GATEWAY_PORT, unless another environment holds it: then one from the server's range
            assertThat(address.getAttribute("href")).isEqualTo("http://" + address.getText() + "/");
            address.click();
            return true;
        });
        String answer = browser.until(SHORT, d -> d.getWindowHandles().stream()
                .filter(handle -> !handle.equals(dashboard)).findFirst().orElse(null));
        driver.switchTo().window(answer);
        try {
            // The first answer crosses every module and dependency; a module may still be warming up.
            String text = browser.until(Duration.ofSeconds(60), d -> {
                String body = browser.text();
                if (body.contains("\"served_by\"")) {
                    return body;
                }
                d.navigate().refresh();
                return null;
            });
            assertThat(text).contains("\"environment\": \"" + env + "\"", "\"served_by\": \"gateway@",
                    "\"served_by\": \"catalog@", "\"served_by\": \"orders@",
                    "\"registered_in\": \"zookeeper zookeeper:2181\"");
            browser.screenshot("gateway-answer");
        } finally {
            driver.close();
            driver.switchTo().window(dashboard);
        }
    }

    /** When the test failed half-way, the environment still goes, through the same API. */
    private static void takeDown(Http http, String env) throws InterruptedException {
        if (http.get("/api/v1/environments/" + env, ADMIN_TOKEN).status() != 200) {
            return;
        }
        Http.Response down = http.delete("/api/v1/environments/" + env, ADMIN_TOKEN);
        String job = down.json().path("job").path("id").asText();
        Instant deadline = Instant.now().plus(DOWN);
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
