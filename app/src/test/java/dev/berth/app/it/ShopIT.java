package dev.berth.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.swarm.client.Observed.TaskState;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled example, examples/shop, compiled and deployed by Berth across the three
 * nodes: every module and dependency pinned to a node by an override file, so the
 * gateway's answer proves traffic between nodes through every part of the system.
 */
class ShopIT extends SwarmIT {

    private static final Path SHOP = Path.of("../examples/shop").toAbsolutePath().normalize();
    private static final String ENV = "shop-it";
    /** Published on the manager only; a port no other test uses. */
    private static final String PORT = "28088";
    private static final List<String> IMAGES = List.of("berth/build-jdk:17", "berth/jre:17", "berth/zookeeper:3.8",
            "berth/redis:7", "berth/mariadb:10.11");

    /** Which node (A = the manager, B, C = the workers) runs which service. */
    private static final Map<String, String> PLACEMENT = placement();

    private static Map<String, String> placement() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("gateway", "A");
        p.put("zookeeper", "A");
        p.put("catalog", "B");
        p.put("redis", "B");
        p.put("orders", "C");
        p.put("mariadb", "C");
        return p;
    }

    @Test
    void theShopAnswersWithDataFromEveryModuleAndDependencyAcrossThreeNodes(@TempDir Path dir) throws Exception {
        for (var node : swarm.nodes) {
            assertThat(IMAGES).as("images on " + node.endpoint().host() + "; the shop needs them on every node:"
                            + " BERTH_IMAGES=busybox,jre,build-jdk,zookeeper,redis,mariadb scripts/cluster up --nodes 3"
                            + " (scripts/test does it)")
                    .allMatch(image -> node.buildContainers().imageId(image) != null);
        }
        StringBuilder override = new StringBuilder("services:\n");
        PLACEMENT.forEach((service, node) -> override.append("  ").append(service)
                .append(":\n    deploy: {placement: {constraints: [\"node.id==${NODE_").append(node).append("}\"]}}\n"));
        Path placement = Files.writeString(dir.resolve("placement.yaml"), override.toString());
        String[] files = {"-f", SHOP.resolve("compose-compile.yaml").toString(), "-f",
                SHOP.resolve("compose-dependency.yaml").toString(), "-f", SHOP.resolve("compose-deploy.yaml").toString(),
                "-f", placement.toString()};

        long start = System.nanoTime();
        TestSwarm.Run up = up(files);
        assertThat(up.code()).as(up.all()).isZero();
        System.out.printf("ShopIT: up across 3 nodes in %.1f s%n", (System.nanoTime() - start) / 1e9);
        assertThat(up.out()).contains("environment " + ENV + " is up: 6 services");
        List<String> nodes = swarm.nodeIds();
        for (Map.Entry<String, String> e : PLACEMENT.entrySet()) {
            List<TaskState> running = swarm.tasks(ENV, e.getKey()).stream().filter(TaskState::running).toList();
            assertThat(running).as(e.getKey()).singleElement()
                    .extracting(TaskState::nodeId).isEqualTo(nodes.get(e.getValue().charAt(0) - 'A'));
        }

        String answer = get("http://" + managerAddress() + ":" + PORT + "/");
        assertThat(answer).as(answer).contains(
                "\"environment\": \"" + ENV + "\"",
                "\"served_by\": \"gateway@",
                "{\"id\": 1, \"name\": \"Anchor\", \"price\": \"129.00\", \"stock\": 12}",
                "\"products_from\": \"mariadb mariadb:3306/shop\"",
                "\"catalog_views\": 1",
                "\"views_counted_in\": \"redis redis:6379\"",
                "\"order\": 1",
                "\"order_number_from\": \"redis redis:6379\"",
                "\"priced_by\": \"catalog@",
                "\"stored_in\": \"mariadb mariadb:3306/shop\"",
                "\"registered_in\": \"zookeeper zookeeper:2181\"");
        assertThat(answer).containsPattern("\"registered\": \\[\"catalog@\\w+\", \"gateway@\\w+\", \"orders@\\w+\"\\]");
        // The order of the first answer read the catalog once more.
        assertThat(get("http://" + managerAddress() + ":" + PORT + "/")).contains("\"catalog_views\": 3", "\"order\": 2");

        // Nothing changed: no compile, no module image built, no service touched.
        TestSwarm.Run again = up(files);
        assertThat(again.code()).as(again.all()).isZero();
        assertThat(again.out()).contains("not run").doesNotContain("built ", "created", "updated", "removed");

        swarm.down(ENV);
        assertThat(swarm.leftovers(ENV)).isEmpty();
    }

    private static TestSwarm.Run up(String[] files) {
        String[] args = new String[files.length + 6];
        args[0] = "up";
        args[1] = ENV;
        System.arraycopy(files, 0, args, 2, files.length);
        System.arraycopy(new String[] {"--progress", "plain", "--timeout", "6m"}, 0, args, files.length + 2, 4);
        return swarm.berthWith(Map.of("GATEWAY_PORT", PORT), SHOP, args);
    }

    /** The manager's address on the nodes' bridge: host-mode published ports answer there. */
    private static String managerAddress() {
        return System.getenv().getOrDefault("BERTH_TEST_NODE_ADDRS", "127.0.0.1").split(",")[0];
    }

    private static String get(String url) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15)).build();
        IOException last = null;
        for (int i = 0; i < 10; i++) {
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                return response.body();
            } catch (IOException e) {
                last = e;
                Thread.sleep(1000);
            }
        }
        throw last;
    }
}
