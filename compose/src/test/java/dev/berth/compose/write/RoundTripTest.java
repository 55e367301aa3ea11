package dev.berth.compose.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.bind.ProjectBinder;
import dev.berth.compose.model.Project;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.ScalarNode;
import dev.berth.compose.tree.SeqNode;
import dev.berth.compose.yaml.YamlReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@code berth config} prints loads back to the same project. */
class RoundTripTest {

    /** Reads written output back; {@code $$} becomes {@code $} as the loader's interpolation would do. */
    private static Project reload(String written) {
        MapNode tree = (MapNode) unescape(new YamlReader().read("config.yaml", written));
        return ProjectBinder.bind(tree, ((ScalarNode) tree.get("name")).text());
    }

    private static Node unescape(Node node) {
        if (node instanceof MapNode map) {
            List<MapNode.Entry> entries = new ArrayList<>();
            map.entries().forEach(e -> entries.add(e.withValue(unescape(e.value()))));
            return map.withEntries(entries);
        }
        if (node instanceof SeqNode seq) {
            return seq.withItems(seq.items().stream().map(RoundTripTest::unescape).toList());
        }
        ScalarNode scalar = (ScalarNode) node;
        return scalar.isString() ? scalar.withText(scalar.text().replace("$$", "$")) : scalar;
    }

    @Test
    void loadsTheYamlOutputBackToAnEqualProject() {
        Project original = ShopProject.load();
        assertThat(reload(ProjectWriter.yaml(original))).isEqualTo(original);
    }

    @Test
    void loadsTheJsonOutputBackToAnEqualProject() {
        Project original = ShopProject.load();
        assertThat(reload(ProjectWriter.json(original))).isEqualTo(original);
    }

    @Test
    void writesTheReloadedProjectIdentically() {
        String once = ProjectWriter.yaml(ShopProject.load());
        assertThat(ProjectWriter.yaml(reload(once))).isEqualTo(once);
    }

    @Test
    void loadsBackTheRarerPartsOfTheModel() {
        Project original = ProjectBinder.bind((MapNode) new YamlReader().read("compose.yaml", """
                services:
                  edge:
                    image: edge
                    command: ["printf", "%s\\n", "a: b", "- c", "#d", "'e'", "\\"f\\"", "", "${X}"]
                    environment: {EMPTY: "", UNSET: null, MULTI: "line1\\nline2", COLON: "a: b"}
                    extra_hosts: {both: ["10.0.0.1", "::1"]}
                    ulimits: {nproc: 512}
                    dns: 8.8.8.8
                    dns_search: [example.com]
                    cap_add: [NET_ADMIN]
                    sysctls: {net.core.somaxconn: 1024}
                    stop_signal: SIGTERM
                    tmpfs: /run
                    tty: true
                    stdin_open: true
                    init: false
                    healthcheck: {disable: true, start_interval: 1500ms}
                    secrets:
                      - {source: token, target: /t, uid: "1000", gid: "1000", mode: 0400}
                    volumes:
                      - "/srv:/srv:z,rshared"
                      - {type: bind, source: /a, target: /b, bind: {create_host_path: false, recursive: readonly}}
                      - {type: image, source: shop/assets, target: /assets, image: {subpath: web}}
                    depends_on:
                      db: {condition: service_completed_successfully, required: false, restart: true}
                    deploy:
                      mode: global
                      resources:
                        reservations:
                          devices: [{driver: nvidia, count: 1, device_ids: ["0"], options: {a: b}}]
                          generic_resources: [{discrete_resource_spec: {kind: GPU, value: 2}}]
                      rollback_config: {max_failure_ratio: 0.25, monitor: 1h}
                      placement: {preferences: [{spread: node.labels.az}], max_replicas_per_node: 2}
                    devices: [{source: /dev/fuse, target: /dev/fuse, permissions: rwm}]
                    cpus: 1.5
                    x-weird: {"on": yes, list: [1.5e3, -7, ~, "007"]}
                  db: {image: postgres, networks: {back: {ipv4_address: 10.0.0.5, priority: 100}}}
                networks:
                  back:
                    driver_opts: {encrypted: ""}
                    enable_ipv6: true
                    ipam: {driver: default, config: [{subnet: 10.0.0.0/24, aux_addresses: {host1: 10.0.0.9}}]}
                    labels: {a: "1"}
                volumes:
                  ext: {external: true}
                secrets:
                  token: {file: /run/secrets/src, labels: [a=b]}
                configs:
                  inline: {content: "port: 80\\nhost: \\"$$HOST\\"\\n", template_driver: golang}
                """), "edge");
        assertThat(reload(ProjectWriter.yaml(original))).isEqualTo(original);
        assertThat(reload(ProjectWriter.json(original))).isEqualTo(original);
    }

    @Test
    void keepsDollarsThroughTheRoundTrip() {
        Project original = ShopProject.load();
        Project reloaded = reload(ProjectWriter.yaml(original));
        assertThat(reloaded.services().get("web").environment().get("PRICE")).isEqualTo("$5");
    }
}
