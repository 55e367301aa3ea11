package dev.berth.compose.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.problem.Position;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.ScalarNode;
import dev.berth.compose.tree.SeqNode;
import dev.berth.compose.yaml.YamlReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class MergerTest {

    private static MapNode yaml(String file, String text) {
        return (MapNode) new YamlReader().read(file, text);
    }

    private static MapNode merged(String base, String override) {
        return Merger.merge(Merger.merge(MapNode.empty(Position.NONE), yaml("base.yaml", base)),
                yaml("override.yaml", override));
    }

    private static MapNode service(MapNode root, String name) {
        return (MapNode) ((MapNode) root.get("services")).get(name);
    }

    private static List<String> texts(Node seq) {
        return ((SeqNode) seq).items().stream().map(n -> ((ScalarNode) n).text()).toList();
    }

    private static String text(Node node) {
        return ((ScalarNode) node).text();
    }

    @Test
    void mergesMappingsAndReplacesScalars() {
        MapNode web = service(merged("""
                services:
                  web: {image: nginx:1.25, user: www}
                """, """
                services:
                  web: {image: nginx:1.27, working_dir: /srv}
                """), "web");
        assertThat(web.keys()).containsExactly("image", "user", "working_dir");
        assertThat(text(web.get("image"))).isEqualTo("nginx:1.27");
    }

    @Test
    void replacesCommandEntrypointAndHealthcheckTestInsteadOfConcatenating() {
        MapNode web = service(merged("""
                services:
                  web:
                    command: [run, --fast]
                    entrypoint: [/bin/sh, -c]
                    healthcheck: {test: [CMD, a], interval: 5s}
                """, """
                services:
                  web:
                    command: [serve]
                    entrypoint: /entry.sh
                    healthcheck: {test: [CMD, b]}
                """), "web");
        assertThat(texts(web.get("command"))).containsExactly("serve");
        assertThat(text(web.get("entrypoint"))).isEqualTo("/entry.sh");
        MapNode health = (MapNode) web.get("healthcheck");
        assertThat(texts(health.get("test"))).containsExactly("CMD", "b");
        assertThat(text(health.get("interval"))).isEqualTo("5s");
    }

    @Test
    void mergesEnvironmentByKeyAcrossListAndMappingForms() {
        MapNode env = (MapNode) service(merged("""
                services:
                  web:
                    environment: [A=1, B=2, C]
                """, """
                services:
                  web:
                    environment: {B: 3, D: four}
                """), "web").get("environment");
        assertThat(env.keys()).containsExactly("A", "B", "C", "D");
        assertThat(text(env.get("B"))).isEqualTo("3");
        assertThat(((ScalarNode) env.get("C")).isNull()).isTrue();
    }

    @Test
    void mergesLabelsByKey() {
        MapNode labels = (MapNode) service(merged("""
                services:
                  web: {labels: {team: qa, tier: web}}
                """, """
                services:
                  web: {labels: ["tier=edge"]}
                """), "web").get("labels");
        assertThat(text(labels.get("tier"))).isEqualTo("edge");
        assertThat(text(labels.get("team"))).isEqualTo("qa");
    }

    @Test
    void mergesPortsByAddressPublishedTargetAndProtocol() {
        Node ports = service(merged("""
                services:
                  web: {ports: ["8080:80", "443:443", "53:53/udp"]}
                """, """
                services:
                  web:
                    ports:
                      - "8080:80"
                      - {target: 443, published: "443", protocol: tcp}
                      - "53:53/tcp"
                      - "127.0.0.1:9000:9000"
                """), "web").get("ports");
        assertThat(((SeqNode) ports).items()).hasSize(5);
    }

    @Test
    void mergesVolumesByTargetWithTheOverrideWinning() {
        Node volumes = service(merged("""
                services:
                  db: {volumes: ["data:/var/lib/mysql", "./conf:/etc/mysql/conf.d:ro"]}
                """, """
                services:
                  db:
                    volumes:
                      - {type: volume, source: other, target: /var/lib/mysql}
                      - /tmp/scratch
                """), "db").get("volumes");
        List<Node> items = ((SeqNode) volumes).items();
        assertThat(items).hasSize(3);
        assertThat(text(items.get(0))).isEqualTo("./conf:/etc/mysql/conf.d:ro");
        assertThat(text(((MapNode) items.get(1)).get("source"))).isEqualTo("other");
    }

    @Test
    void mergesSecretsByTarget() {
        Node secrets = service(merged("""
                services:
                  db: {secrets: [db_password, {source: tls, target: /certs/tls.pem}]}
                """, """
                services:
                  db: {secrets: [{source: db_password, target: db_password, mode: 0400}, tls]}
                """), "db").get("secrets");
        assertThat(((SeqNode) secrets).items()).hasSize(3);
    }

    @Test
    void mergesDependsOnAndNetworksByName() {
        MapNode web = service(merged("""
                services:
                  web:
                    depends_on: [db]
                    networks: [front]
                """, """
                services:
                  web:
                    depends_on: {cache: {condition: service_healthy}}
                    networks: {front: {aliases: [www]}, back: null}
                """), "web");
        assertThat(((MapNode) web.get("depends_on")).keys()).containsExactly("db", "cache");
        MapNode networks = (MapNode) web.get("networks");
        assertThat(networks.keys()).containsExactly("front", "back");
        assertThat(networks.get("front")).isInstanceOf(MapNode.class);
    }

    @Test
    void appendsDnsAndExtraHostsWithoutDuplicates() {
        MapNode web = service(merged("""
                services:
                  web: {dns: 10.0.0.2, extra_hosts: ["a=10.0.0.1"], cap_add: [NET_ADMIN]}
                """, """
                services:
                  web: {dns: [10.0.0.2, 10.0.0.3], extra_hosts: ["a=10.0.0.1", "b=10.0.0.2"], cap_add: [NET_ADMIN, SYS_TIME]}
                """), "web");
        assertThat(texts(web.get("dns"))).containsExactly("10.0.0.2", "10.0.0.3");
        assertThat(texts(web.get("extra_hosts"))).containsExactly("a=10.0.0.1", "b=10.0.0.2");
        assertThat(texts(web.get("cap_add"))).containsExactly("NET_ADMIN", "SYS_TIME");
    }

    @Test
    void appendsOtherSequences() {
        MapNode web = service(merged("""
                services:
                  web: {deploy: {placement: {preferences: [{spread: node.labels.zone}]}}}
                """, """
                services:
                  web: {deploy: {placement: {preferences: [{spread: node.labels.rack}]}}}
                """), "web");
        MapNode placement = (MapNode) ((MapNode) web.get("deploy")).get("placement");
        assertThat(((SeqNode) placement.get("preferences")).items()).hasSize(2);
    }

    @Test
    void buildStringIsShortForContext() {
        MapNode build = (MapNode) service(merged("""
                services:
                  app: {build: ./app}
                """, """
                services:
                  app: {build: {dockerfile: Dockerfile.ci}}
                """), "app").get("build");
        assertThat(text(build.get("context"))).isEqualTo("./app");
        assertThat(text(build.get("dockerfile"))).isEqualTo("Dockerfile.ci");
    }

    @Test
    void loggingOptionsMergeOnlyForTheSameDriver() {
        MapNode same = (MapNode) service(merged("""
                services:
                  a: {logging: {driver: json-file, options: {max-size: 10m}}}
                """, """
                services:
                  a: {logging: {options: {max-file: "3"}}}
                """), "a").get("logging");
        assertThat(((MapNode) same.get("options")).keys()).containsExactly("max-size", "max-file");
        MapNode other = (MapNode) service(merged("""
                services:
                  a: {logging: {driver: json-file, options: {max-size: 10m}}}
                """, """
                services:
                  a: {logging: {driver: syslog}}
                """), "a").get("logging");
        assertThat(other.keys()).containsExactly("driver");
    }

    @Test
    void resetRemovesAValueAndOverrideReplacesIt() {
        MapNode web = service(merged("""
                services:
                  web:
                    ports: ["80:80"]
                    environment: {A: 1, B: 2}
                    labels: {x: y}
                """, """
                services:
                  web:
                    ports: !reset []
                    environment: !override {C: 3}
                    labels: !reset null
                """), "web");
        assertThat(web.keys()).containsExactly("environment");
        assertThat(((MapNode) web.get("environment")).keys()).containsExactly("C");
        assertThat(web.get("environment").tag()).isNull();
    }

    @Test
    void ipamConfigMergesBySubnet() {
        MapNode net = (MapNode) ((MapNode) merged("""
                networks:
                  back: {ipam: {config: [{subnet: 10.5.0.0/24}]}}
                """, """
                networks:
                  back: {ipam: {config: [{subnet: 10.5.0.0/24, gateway: 10.5.0.1}, {subnet: 10.6.0.0/24}]}}
                """).get("networks")).get("back");
        SeqNode config = (SeqNode) ((MapNode) net.get("ipam")).get("config");
        assertThat(config.items()).hasSize(2);
        assertThat(((MapNode) config.get(0)).keys()).containsExactly("subnet", "gateway");
    }

    @Test
    void mergedNodesKeepThePositionOfTheFileThatContributedThem() {
        MapNode web = service(merged("""
                services:
                  web: {image: a, user: b}
                """, """
                services:
                  web:
                    image: c
                """), "web");
        assertThat(web.get("user").position().file()).isEqualTo("base.yaml");
        assertThat(web.get("image").position()).isEqualTo(new Position("override.yaml", 3, 12));
    }

    @Test
    void nullInTheOverrideKeepsTheBase() {
        MapNode web = service(merged("""
                services:
                  web: {image: a}
                """, """
                services:
                  web: {image: null}
                """), "web");
        assertThat(text(web.get("image"))).isEqualTo("a");
    }
}
