package dev.berth.compose.bind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.berth.compose.model.Project;
import dev.berth.compose.model.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keys Berth does not act on stay as typed values; x-* keys stay as extensions; nothing is dropped. */
class OtherKeysTest {

    private static final String FILE = """
            services:
              web:
                image: nginx
                privileged: true
                container_name: web-1
                cpu_shares: 512
                cpus: 1.5
                restart: unless-stopped
                devices: ["/dev/fuse:/dev/fuse"]
                blkio_config: {weight: 300, device_read_bps: [{path: /dev/sda, rate: 12mb}]}
                oom_score_adj: null
                x-owner: {team: shop, oncall: [alice, bob]}
                deploy:
                  x-tier: gold
                ports:
                  - {target: 80, x-lb: internal}
            networks:
              default: {x-managed: false}
            x-defaults: &d {retries: 3}
            """;

    @Test
    void keepsKeysBerthDoesNotActOnAsSortedTypedValues() {
        Map<String, Value> other = Binding.service(FILE, "web").otherKeys();
        assertThat(other.keySet()).containsExactly("blkio_config", "container_name", "cpu_shares", "cpus", "devices",
                "oom_score_adj", "privileged", "restart");
        assertThat(other).contains(
                entry("privileged", new Value.BooleanValue(true)),
                entry("container_name", Value.of("web-1")),
                entry("cpu_shares", new Value.IntegerValue(512)),
                entry("cpus", new Value.NumberValue(1.5)),
                entry("oom_score_adj", Value.NULL),
                entry("devices", new Value.ListValue(List.of(Value.of("/dev/fuse:/dev/fuse")))));
        assertThat(other.get("blkio_config")).isEqualTo(new Value.MapValue(Map.of(
                "weight", new Value.IntegerValue(300),
                "device_read_bps", new Value.ListValue(List.of(new Value.MapValue(Map.of(
                        "path", Value.of("/dev/sda"), "rate", Value.of("12mb"))))))));
    }

    @Test
    void keepsExtensionsAtEveryLevel() {
        Project p = Binding.bind(FILE);
        var web = p.services().get("web");
        assertThat(web.extensions().values()).containsOnly(entry("x-owner", new Value.MapValue(Map.of(
                "team", Value.of("shop"), "oncall", new Value.ListValue(List.of(Value.of("alice"), Value.of("bob")))))));
        assertThat(web.deploy().extensions().values()).containsOnly(entry("x-tier", Value.of("gold")));
        assertThat(web.ports().get(0).extensions().values()).containsOnly(entry("x-lb", Value.of("internal")));
        assertThat(p.networks().get("default").extensions().values()).containsOnly(entry("x-managed", Value.of(false)));
        assertThat(p.extensions().values()).containsOnly(entry("x-defaults", new Value.MapValue(Map.of(
                "retries", new Value.IntegerValue(3)))));
    }

    @Test
    void makesEveryCollectionUnmodifiable() {
        Project p = Binding.bind(FILE);
        var web = p.services().get("web");
        assertThatThrownBy(() -> p.services().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> web.otherKeys().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> web.ports().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> web.environment().put("A", "1")).isInstanceOf(UnsupportedOperationException.class);
        Value.ListValue devices = (Value.ListValue) web.otherKeys().get("devices");
        assertThatThrownBy(() -> devices.items().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void reportsAnUnknownKeyInsideATypedSectionAtTheKey() {
        assertThat(Binding.problems("""
                services:
                  web:
                    image: nginx
                    deploy:
                      replica: 2
                """)).containsExactly("compose.yaml:5:7: services.web.deploy.replica: unknown key \"replica\"");
    }
}
