package dev.berth.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.compose.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {

    private static final Path FILE = Path.of("/etc/berth/config.yaml");

    @TempDir
    Path home;

    @Test
    void noFileMeansDefaults() {
        BerthConfig config = ConfigFile.load(null, Map.of("HOME", home.toString()));
        assertThat(config).isEqualTo(BerthConfig.defaults());
        assertThat(config.network().pools()).hasToString("[10.208.0.0/12]");
        assertThat(config.ports()).isEqualTo(new PortSettings(30000, 32767));
        assertThat(config.admission().defaultReservation().memoryBytes()).isEqualTo(128L << 20);
        assertThat(config.environments().ttl()).isZero();
        assertThat(config.environments().waitLock()).isEqualTo(Duration.ofMinutes(2));
        assertThat(config.gc().danglingAge()).isEqualTo(Duration.ofHours(1));
        assertThat(config.gc().imageAge()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void readsEverySection() {
        BerthConfig config = ConfigFile.parse(FILE, """
                cluster:
                  host: tcp://10.0.0.1:2376
                  nodes:
                    - {name: node1, host: unix:///run/node1.sock}
                    - {name: node2, host: tcp://10.0.0.2:2376, tls-verify: true, cert-path: /etc/berth/certs}
                network:
                  pools: [10.100.0.0/16, 10.101.0.0/16]
                ports:
                  range: 40000-40099
                admission:
                  default-reservation: {memory: 64MiB, cpus: 0.05}
                  default-limit: {memory: 2g, cpus: 2}
                environments:
                  ttl: 8h
                  wait-lock: 30s
                gc:
                  image-age: 3d
                  keep-images: [busybox:1.36]
                  dangling-age: 30m
                build:
                  builder: unix:///var/run/docker.sock
                  registry: {address: registry.local:5000, username: ci, password-env: REGISTRY_PASSWORD}
                server:
                  port: 9000
                  database: jdbc:postgresql://localhost/berth
                """);
        assertThat(config.source()).isEqualTo(FILE);
        assertThat(config.cluster().host()).isEqualTo("tcp://10.0.0.1:2376");
        assertThat(config.cluster().nodes()).containsExactly(
                new ClusterSettings.NodeEndpoint("node1", "unix:///run/node1.sock", false, null),
                new ClusterSettings.NodeEndpoint("node2", "tcp://10.0.0.2:2376", true, "/etc/berth/certs"));
        assertThat(config.network().pools()).hasToString("[10.100.0.0/16, 10.101.0.0/16]");
        assertThat(config.ports()).isEqualTo(new PortSettings(40000, 40099));
        assertThat(config.admission().defaultReservation()).isEqualTo(new AdmissionSettings.Amount(64L << 20, 0.05));
        assertThat(config.admission().defaultLimit()).isEqualTo(new AdmissionSettings.Amount(2L << 30, 2.0));
        assertThat(config.environments().ttl()).isEqualTo(Duration.ofHours(8));
        assertThat(config.gc()).isEqualTo(new GcSettings(Duration.ofDays(3), java.util.List.of("busybox:1.36"),
                Duration.ofMinutes(30)));
        assertThat(config.environments().waitLock()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.build().registry()).isEqualTo(
                new BuildSettings.Registry("registry.local:5000", "ci", "REGISTRY_PASSWORD"));
        assertThat(config.server().port()).isEqualTo(9000);
        assertThat(config.server().database()).isEqualTo("jdbc:postgresql://localhost/berth");
    }

    @Test
    void readsTheBuildSectionWithoutARegistry() {
        BerthConfig config = ConfigFile.parse(FILE, """
                build:
                  builder: tcp://10.0.0.9:2375
                  registry: null
                  cache-dir: /var/cache/berth
                """);
        assertThat(config.build()).isEqualTo(new BuildSettings("tcp://10.0.0.9:2375", null, "/var/cache/berth"));
        assertThatThrownBy(() -> ConfigFile.parse(FILE, "build:\n  registry: {username: ci}\n"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                        .containsExactly("/etc/berth/config.yaml:2:13: build.registry.address: a registry needs address:"
                                + " host[:port], such as registry.example.com:5000"));
    }

    @Test
    void anEmptyFileMeansDefaults() {
        BerthConfig config = ConfigFile.parse(FILE, "# nothing set yet\n");
        assertThat(config.ports()).isEqualTo(BerthConfig.defaults().ports());
        assertThat(config.source()).isEqualTo(FILE);
    }

    @Test
    void aDurationTooLongToAddIsAProblemWithItsPosition() {
        assertThatThrownBy(() -> ConfigFile.parse(FILE, "environments:\n  ttl: 999999999999999d\n"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                        .containsExactly("/etc/berth/config.yaml:2:8: environments.ttl: duration 999999999999999d is too"
                                + " long: at most 36500d (a hundred years)"));
    }

    @Test
    void everyEngineAddressIsCheckedWhereItIsWritten() {
        assertThatThrownBy(() -> ConfigFile.parse(FILE, """
                cluster:
                  host: http://manager:2375
                  nodes:
                    - {host: "tcp://a b:2376"}
                build:
                  builder: tcp://builder:99999
                """))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                        .containsExactly(
                                "/etc/berth/config.yaml:2:9: cluster.host: expected unix:///path/to/docker.sock or"
                                        + " tcp://HOST:PORT, found http://manager:2375",
                                "/etc/berth/config.yaml:4:14: cluster.nodes.0.host: expected unix:///path/to/docker.sock"
                                        + " or tcp://HOST:PORT, found tcp://a b:2376 (Illegal character in authority at"
                                        + " index 6)",
                                "/etc/berth/config.yaml:6:12: build.builder: expected unix:///path/to/docker.sock or"
                                        + " tcp://HOST:PORT, found tcp://builder:99999 (a host, and a port from 1 to"
                                        + " 65535)"));
    }

    @Test
    void aNodeWithTlsNeedsItsCertificates() {
        assertThatThrownBy(() -> ConfigFile.parse(FILE, "cluster:\n  nodes:\n    - {host: tcp://n:2376, tls-verify: true}\n"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                        .containsExactly("/etc/berth/config.yaml:3:40: cluster.nodes.0.tls-verify: tls-verify needs"
                                + " cert-path: the directory with ca.pem, cert.pem and key.pem"));
    }

    @Test
    void aConfigurationFileThatCannotBeReadSaysWhy(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path latin1 = dir.resolve("config.yaml");
        Files.write(latin1, new byte[] {'x', ':', ' ', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> ConfigFile.load(latin1, Map.of()))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                        .containsExactly(latin1 + ": cannot read the configuration file: it is not valid UTF-8 text"));
        assertThatThrownBy(() -> ConfigFile.load(dir, Map.of()))
                .hasMessageContaining("cannot read the configuration file: ");
    }

    @Test
    void aBadPoolIsNamedWithItsValue() {
        assertThatThrownBy(() -> ConfigFile.parse(FILE, "network:\n  pools: [10.0.0.0/33, {a: 1}]\n"))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                        .containsExactly("/etc/berth/config.yaml:2:11: network.pools.0: expected an IPv4 subnet such as"
                                        + " 10.208.0.0/12, found 10.0.0.0/33 (prefix length must be 0 to 32, not 33)",
                                "/etc/berth/config.yaml:2:24: network.pools.1: expected an IPv4 subnet such as"
                                        + " 10.208.0.0/12, found a mapping"));
    }

    @Test
    void reportsEveryProblemWithPositionAndPath() {
        assertThatThrownBy(() -> ConfigFile.parse(FILE, """
                ports:
                  range: 40000
                admission:
                  default-limit: {memory: lots}
                environments:
                  ttl: 8 hours
                netwrok: {}
                cluster:
                  nodes:
                    - {host: http://node1}
                """))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                        .containsExactly(
                                "/etc/berth/config.yaml:2:10: ports.range: expected a port range FIRST-LAST within"
                                        + " 1-65535, such as 30000-32767, found 40000",
                                "/etc/berth/config.yaml:4:27: admission.default-limit.memory: expected a size such as"
                                        + " 128MiB or 1g, found lots",
                                "/etc/berth/config.yaml:6:8: environments.ttl: expected a duration such as 90s, 8h or"
                                        + " 7d, found 8 hours",
                                "/etc/berth/config.yaml:7:1: netwrok: unknown key; expected one of: admission, build,"
                                        + " cluster, environments, gc, network, ports, server",
                                "/etc/berth/config.yaml:10:14: cluster.nodes.0.host: expected unix:///path/to/docker.sock"
                                        + " or tcp://HOST:PORT, found http://node1"));
    }

    @Test
    void aNestedUnknownKeyIsReported() {
        assertThatThrownBy(() -> ConfigFile.parse(FILE, "gc:\n  image-ages: 3d\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("/etc/berth/config.yaml:2:3: gc.image-ages: unknown key; expected one of: dangling-age,"
                        + " image-age, keep-images");
    }

    @Test
    void lifetimeAndGcDurationsAreChecked() {
        assertThatThrownBy(() -> ConfigFile.parse(FILE, """
                environments:
                  wait-lock: forever
                gc:
                  dangling-age: -1h
                """))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                        .containsExactly(
                                "/etc/berth/config.yaml:2:14: environments.wait-lock: expected a duration such as 90s,"
                                        + " 8h or 7d, found forever",
                                "/etc/berth/config.yaml:4:17: gc.dangling-age: expected a duration such as 90s, 8h or"
                                        + " 7d, found -1h"));
    }

    @Test
    void aFileThatIsNotAMappingIsRefused() {
        assertThatThrownBy(() -> ConfigFile.parse(FILE, "- ports\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("/etc/berth/config.yaml:1:1: expected a mapping of settings");
    }

    @Test
    void brokenYamlIsAConfigProblem() {
        assertThatThrownBy(() -> ConfigFile.parse(FILE, "ports: [\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("/etc/berth/config.yaml:");
    }

    @Test
    void theVariableNamesTheFileAndItMustExist() throws IOException {
        Path file = Files.writeString(home.resolve("berth.yaml"), "ports: {range: 31000-31999}\n");
        assertThat(ConfigFile.load(null, Map.of("BERTH_CONFIG", file.toString())).ports())
                .isEqualTo(new PortSettings(31000, 31999));
        assertThatThrownBy(() -> ConfigFile.load(null, Map.of("BERTH_CONFIG", home.resolve("none.yaml").toString())))
                .isInstanceOf(ConfigException.class)
                .hasMessageEndingWith("none.yaml: configuration file not found (named by BERTH_CONFIG)");
        assertThatThrownBy(() -> ConfigFile.load(home.resolve("none.yaml"), Map.of()))
                .hasMessageEndingWith("none.yaml: configuration file not found");
    }

    @Test
    void theDefaultLocationFollowsXdg() throws IOException {
        Path dir = Files.createDirectories(home.resolve("xdg/berth"));
        Files.writeString(dir.resolve("config.yaml"), "environments: {ttl: 2h}\n");
        assertThat(ConfigFile.load(null, Map.of("XDG_CONFIG_HOME", home.resolve("xdg").toString(),
                "HOME", "/nonexistent")).environments().ttl()).isEqualTo(Duration.ofHours(2));
        assertThat(ConfigFile.defaultLocation(Map.of("HOME", "/home/alice")))
                .isEqualTo(Path.of("/home/alice/.config/berth/config.yaml"));
    }
}
