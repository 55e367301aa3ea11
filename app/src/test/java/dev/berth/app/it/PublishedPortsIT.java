package dev.berth.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.swarm.client.Observed.PublishedPort;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Copies of one project that publish the same port each get their own, reachable from outside, kept on re-up. */
class PublishedPortsIT extends SwarmIT {

    static final int PORT = 18481;

    static final String PROJECT = """
            services:
              web:
                image: ${IMAGE}
                stop_grace_period: 1s
                command: ["sh", "-c", "mkdir -p /www && echo copy-${WHO} > /www/index.html && exec httpd -f -p 80 -h /www"]
                ports: ["${PORT}:80"]
            """;

    private static boolean portFree(int port) {
        return swarm.manager.publishedPorts().stream().map(PublishedPort::port).noneMatch(p -> p == port);
    }

    /** What answers at {@code host:port}, retried for a while (a task's port opens a moment after it runs). */
    static String fetch(String address) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        IOException last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create("http://" + address + "/").toURL().openConnection();
                c.setConnectTimeout(2000);
                c.setReadTimeout(2000);
                try (var in = c.getInputStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
                }
            } catch (IOException e) {
                last = e;
                Thread.sleep(500);
            }
        }
        throw new AssertionError("nothing answers at " + address, last);
    }

    private static TestSwarm.Run up(Path dir, String env) {
        TestSwarm.Run run = swarm.berthWith(Map.of("WHO", env, "PORT", "" + PORT), dir, "up", env, "--progress", "plain");
        assertThat(run.code()).as(run.all()).isZero();
        return run;
    }

    private static String address(Path dir, String env) {
        TestSwarm.Run port = swarm.berth(dir, "port", env, "web", "80");
        assertThat(port.code()).as(port.all()).isZero();
        List<String> lines = port.out().lines().toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).matches("172\\.16\\.213\\.1\\d:\\d+");
        return lines.get(0);
    }

    @Test
    void twoCopiesPublishingOnePortGetTheirOwnAndKeepThemOnReUp(@TempDir Path dir) throws Exception {
        TestSwarm.project(dir, PROJECT);
        boolean free = portFree(PORT);
        up(dir, "lc-ports-a");
        TestSwarm.Run second = up(dir, "lc-ports-b");
        assertThat(second.out()).contains("services.web: port " + PORT + "/tcp is taken on the cluster; published on");

        String a = address(dir, "lc-ports-a");
        String b = address(dir, "lc-ports-b");
        int portA = Integer.parseInt(a.substring(a.indexOf(':') + 1));
        int portB = Integer.parseInt(b.substring(b.indexOf(':') + 1));
        assertThat(portA).isNotEqualTo(portB);
        if (free) {
            assertThat(portA).as("the first to ask gets the files' port").isEqualTo(PORT);
        }
        assertThat(portB).isBetween(30000, 32767);
        assertThat(fetch(a)).isEqualTo("copy-lc-ports-a");
        assertThat(fetch(b)).isEqualTo("copy-lc-ports-b");

        TestSwarm.Run again = up(dir, "lc-ports-b");
        assertThat(again.out()).doesNotContain("created", "updated").contains(b.substring(b.indexOf(':')) + "->80/tcp");
        assertThat(address(dir, "lc-ports-b")).endsWith(":" + portB);

        TestSwarm.Run all = swarm.berth(dir, "port", "lc-ports-b", "web");
        assertThat(all.out().trim()).isEqualTo("80/tcp -> " + b);
        TestSwarm.Run ps = swarm.berth(dir, "ps", "lc-ports-b");
        assertThat(ps.out()).contains(b + "->80/tcp");
    }

    @Test
    void portNamesWhatIsNotThereAndAFullRangeCreatesNothing(@TempDir Path dir) throws Exception {
        TestSwarm.project(dir, PROJECT);
        up(dir, "lc-ports-c");
        TestSwarm.Run noEnv = swarm.berth(dir, "port", "lc-ports-none", "web");
        assertThat(noEnv.code()).isEqualTo(1);
        assertThat(noEnv.err()).contains("berth: environment lc-ports-none does not exist (berth ls lists them)");
        TestSwarm.Run noService = swarm.berth(dir, "port", "lc-ports-c", "db");
        assertThat(noService.code()).isEqualTo(1);
        assertThat(noService.err()).contains("berth: environment lc-ports-c has no service db; its services: web");
        TestSwarm.Run noPort = swarm.berth(dir, "port", "lc-ports-c", "web", "53/udp");
        assertThat(noPort.code()).isEqualTo(1);
        assertThat(noPort.err()).contains("berth: service web of environment lc-ports-c publishes no port 53/udp;"
                + " it publishes 80/tcp");
        String taken = address(dir, "lc-ports-c");
        String port = taken.substring(taken.indexOf(':') + 1);

        java.nio.file.Path config = dir.resolve("berth.yaml");
        java.nio.file.Files.writeString(config, "ports:\n  range: " + port + "-" + port + "\n");
        TestSwarm.Run full = swarm.berthWith(Map.of("WHO", "d", "PORT", port), dir, "up", "lc-ports-d",
                "--config", config.toString());
        assertThat(full.code()).as(full.all()).isEqualTo(1);
        assertThat(full.err()).contains("berth: services.web: port " + port + "/tcp is taken and no port of the range "
                + port + "-" + port + " is free (1 in use); widen ports.range in Berth's configuration file or remove"
                + " environments (berth ls, berth down)");
        assertThat(swarm.leftovers("lc-ports-d")).isEmpty();

        // down releases the port: the next environment that asks gets it
        TestSwarm.Run down = swarm.berth(dir, "down", "lc-ports-c");
        assertThat(down.code()).as(down.all()).isZero();
        TestSwarm.Run freed = swarm.berthWith(Map.of("WHO", "d", "PORT", port), dir, "up", "lc-ports-d",
                "--config", config.toString(), "--progress", "plain");
        assertThat(freed.code()).as(freed.all()).isZero();
        assertThat(address(dir, "lc-ports-d")).endsWith(":" + port);
        assertThat(fetch(address(dir, "lc-ports-d"))).isEqualTo("copy-d");

        TestSwarm.Run badPort = swarm.berth(dir, "port", "lc-ports-d", "web", "http");
        assertThat(badPort.code()).isEqualTo(2);
        assertThat(badPort.err()).contains("expected PORT (1 to 65535) or PORT/PROTOCOL such as 80 or 53/udp, found \"http\"");
    }
}
