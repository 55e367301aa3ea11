package dev.berth.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.app.Invocation;
import dev.berth.app.Main;
import dev.berth.swarm.client.DockerEndpoint;
import dev.berth.swarm.client.Observed.NodeState;
import dev.berth.swarm.client.SwarmClient;
import dev.berth.swarm.spec.SpecJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bare instance of test engines ({@code scripts/cluster --instance bare up --nodes 3
 * --no-swarm}): three engines in their own namespaces, in no swarm, for tests that form, break
 * and leave swarms. Separate from the shared test swarm; a file lock keeps its tests one at a time.
 */
final class BareEngines implements AutoCloseable {

    final List<String> hosts;
    final List<String> netns;
    final List<String> addresses;
    final String image;
    final List<SwarmClient> engines = new ArrayList<>();
    private final FileChannel lockFile;
    private final FileLock lock;

    BareEngines() {
        Map<String, String> env = System.getenv();
        String nodes = env.get("BERTH_BARE_NODES");
        if (nodes == null) {
            throw new IllegalStateException("no bare test engines: start them with 'scripts/cluster --instance bare up"
                    + " --nodes 3 --no-swarm' and export what 'scripts/cluster --instance bare env' prints (scripts/test does both)");
        }
        hosts = List.of(nodes.split(","));
        netns = List.of(env.get("BERTH_BARE_NETNS").split(","));
        addresses = List.of(env.get("BERTH_BARE_NODE_ADDRS").split(","));
        image = env.getOrDefault("BERTH_BARE_IMAGES", "berth/busybox:1").split(",")[0];
        hosts.forEach(h -> engines.add(new SwarmClient(DockerEndpoint.from(h, Map.of()), SpecJson.mapper())));
        try {
            lockFile = FileChannel.open(Path.of(System.getProperty("java.io.tmpdir"), "berth-bare-engines.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = lockFile.lock();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String host(int node) {
        return hosts.get(node - 1);
    }

    SwarmClient engine(int node) {
        return engines.get(node - 1);
    }

    TestSwarm.Run berth(Map<String, String> variables, String... args) {
        return berth(variables, Path.of("."), args);
    }

    TestSwarm.Run berth(Map<String, String> variables, Path dir, String... args) {
        Map<String, String> env = new HashMap<>();
        env.put("HOME", System.getProperty("user.home"));
        env.put("USER", "berth-it");
        env.put("BERTH_PROBE_IMAGE", image);
        env.putAll(variables);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new Invocation(new PrintWriter(out), new PrintWriter(err), env, dir), args);
        return new TestSwarm.Run(code, out.toString(), err.toString());
    }

    TestSwarm.Run berth(String... args) {
        return berth(Map.of(), args);
    }

    /** Every engine out of any swarm, whatever an earlier run left. */
    void leaveAll() {
        for (int k = engines.size(); k >= 1; k--) {
            if (!engine(k).info().localNodeState().equals("inactive")) {
                engine(k).swarmLeave(true);
            }
        }
    }

    /**
     * Stops and starts every engine (their state stays). An engine that left a swarm can keep a
     * stale gossip identity ("rejoinClusterBootstrap unable to find local node info") and then
     * carries overlay traffic and DNS only partly in the next swarm; a restart clears it. For the
     * tests that judge the overlay network itself.
     */
    void restartAll() {
        for (int k = 1; k <= hosts.size(); k++) {
            cluster("stop-node", Integer.toString(k));
        }
        for (int k = 1; k <= hosts.size(); k++) {
            cluster("start-node", Integer.toString(k));
        }
    }

    /** node1 initialises a swarm through Berth, node2 and node3 join it as workers. */
    String formSwarm() throws InterruptedException {
        TestSwarm.Run init = berth("cluster", "init", "-H", host(1));
        assertThat(init.code()).as(init.all()).isZero();
        Matcher join = Pattern.compile("berth cluster join --token (\\S+) (\\S+)").matcher(init.out());
        assertThat(join.find()).as(init.out()).isTrue();
        for (int k = 2; k <= hosts.size(); k++) {
            TestSwarm.Run run = berth("cluster", "join", "-H", host(k), "--token", join.group(1), join.group(2));
            assertThat(run.code()).as(run.all()).isZero();
        }
        awaitReady(hosts.size());
        awaitGossip(hosts.size());
        return join.group(2);
    }

    /**
     * Nodes report ready before their gossip has met every other node, and until it has, overlay
     * DNS on a node lists only some tasks. Waits (at most 40 s) until each node's ingress network
     * knows all {@code count} peers; what a test checks next runs on a settled swarm.
     */
    void awaitGossip(int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(40));
        for (int k = 1; k <= hosts.size() && Instant.now().isBefore(deadline); k++) {
            while (Instant.now().isBefore(deadline) && peers(k) < count) {
                Thread.sleep(500);
            }
        }
    }

    private int peers(int k) {
        try {
            Process p = new ProcessBuilder("docker", "-H", host(k), "network", "inspect", "--verbose", "ingress",
                    "--format", "{{len .Peers}}").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return p.waitFor() == 0 && out.matches("\\d+") ? Integer.parseInt(out) : 0;
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    void awaitReady(int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            List<NodeState> nodes = engine(1).nodes();
            if (nodes.size() == count && nodes.stream().allMatch(n -> n.state().equals("ready"))) {
                return;
            }
            assertThat(Instant.now()).as("nodes ready: " + nodes).isBefore(deadline);
            Thread.sleep(300);
        }
    }

    /** Runs a command on this machine (ip, iptables, scripts/cluster); fails the test when it fails. */
    static String sh(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = p.waitFor();
            assertThat(code).as(String.join(" ", command) + ": " + output).isZero();
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code scripts/cluster --instance bare ARGS…}, from the repository root. */
    static String cluster(String... args) {
        Path script = Path.of("").toAbsolutePath().resolveSibling("scripts").resolve("cluster");
        if (!script.toFile().exists()) {
            script = Path.of("").toAbsolutePath().resolve("scripts").resolve("cluster");
        }
        List<String> command = new ArrayList<>(List.of(script.toString(), "--instance", "bare"));
        command.addAll(List.of(args));
        return sh(command.toArray(String[]::new));
    }

    @Override
    public void close() {
        engines.forEach(SwarmClient::close);
        try {
            lock.release();
            lockFile.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
