package dev.berth.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.app.Invocation;
import dev.berth.app.Main;
import dev.berth.engine.Labels;
import dev.berth.swarm.client.DockerEndpoint;
import dev.berth.swarm.client.Observed.NodeState;
import dev.berth.swarm.client.Observed.TaskState;
import dev.berth.swarm.client.SwarmClient;
import dev.berth.swarm.spec.SpecJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 3-node test swarm that {@code scripts/cluster up --nodes 3} starts, read from the
 * environment it exports. Integration tests drive Berth through its command line, in-process,
 * and look at the cluster through each node's own engine.
 */
final class TestSwarm implements AutoCloseable {

    final String managerHost;
    final List<String> nodeHosts;
    final SwarmClient manager;
    final List<SwarmClient> nodes = new ArrayList<>();
    final String image;
    final Map<String, String> extra = new HashMap<>();
    private final java.util.Set<String> deployed = java.util.Collections.synchronizedSet(new java.util.LinkedHashSet<>());

    TestSwarm() {
        Map<String, String> env = System.getenv();
        managerHost = env.get("BERTH_TEST_MANAGER");
        if (managerHost == null) {
            throw new IllegalStateException("no test swarm: start it with 'scripts/cluster up --nodes 3' and export"
                    + " what 'scripts/cluster env' prints (scripts/test does both)");
        }
        nodeHosts = List.of(env.getOrDefault("BERTH_TEST_NODES", managerHost).split(","));
        image = env.getOrDefault("BERTH_TEST_IMAGES", "berth/busybox:1").split(",")[0];
        manager = new SwarmClient(DockerEndpoint.from(managerHost, Map.of()), SpecJson.mapper());
        for (String h : nodeHosts) {
            nodes.add(new SwarmClient(DockerEndpoint.from(h, Map.of()), SpecJson.mapper()));
        }
    }

    /** Node IDs of the swarm, the manager's first. */
    List<String> nodeIds() {
        List<NodeState> all = new ArrayList<>(manager.nodes());
        all.sort((a, b) -> Boolean.compare(!a.role().equals("manager"), !b.role().equals("manager")));
        return all.stream().map(NodeState::id).toList();
    }

    Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("DOCKER_HOST", managerHost);
        env.put("BERTH_NODE_HOSTS", String.join(",", nodeHosts));
        env.put("BERTH_PROBE_IMAGE", image);
        env.put("HOME", System.getProperty("user.home"));
        env.put("USER", "berth-it");
        env.put("IMAGE", image);
        List<String> ids = nodeIds();
        for (int i = 0; i < ids.size(); i++) {
            env.put("NODE_" + (char) ('A' + i), ids.get(i));
        }
        env.putAll(extra);
        return env;
    }

    /** Runs {@code berth args…} in {@code dir} with extra variables in its environment. */
    Run berthWith(Map<String, String> variables, Path dir, String... args) {
        extra.putAll(variables);
        try {
            return berth(dir, args);
        } finally {
            extra.clear();
        }
    }

    /** Runs {@code berth args…} in {@code dir}; returns the exit code with what it printed. */
    Run berth(Path dir, String... args) {
        if (args.length > 1 && args[0].equals("up")) {
            deployed.add(args[1]);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new Invocation(new PrintWriter(out), new PrintWriter(err), environment(), dir), args);
        return new Run(code, out.toString(), err.toString());
    }

    record Run(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }

    static Path project(Path dir, String yaml) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("compose.yaml"), yaml);
        return dir;
    }

    List<TaskState> tasks(String env, String service) {
        return manager.tasksOf(env + "_" + service);
    }

    /** Everything labelled with the environment on every node: services, networks, configs, secrets, containers. */
    List<String> leftovers(String env) {
        Map<String, List<String>> byEnv = Map.of("label", List.of(Labels.ENVIRONMENT + "=" + env));
        Map<String, List<String>> byStack = Map.of("label", List.of(Labels.STACK_NAMESPACE + "=" + env));
        List<String> left = new ArrayList<>();
        manager.services(byEnv).forEach(s -> left.add("service " + s.name()));
        manager.objects().configs(byEnv).forEach(c -> left.add("config " + c.name()));
        manager.objects().secrets(byEnv).forEach(s -> left.add("secret " + s.name()));
        for (SwarmClient node : nodes) {
            node.networks(byEnv).forEach(n -> left.add("network " + n.name() + " on " + node.endpoint()));
            node.local().containers(byStack).forEach(c -> left.add("container " + c.id() + " on " + node.endpoint()));
        }
        return left;
    }

    void down(String env) {
        Run run = berth(Path.of("."), "down", env, "--volumes");
        assertThat(run.code()).as(run.all()).isZero();
    }

    /** Takes down every environment the tests brought up, then closes the connections. */
    @Override
    public void close() {
        List.copyOf(deployed).forEach(this::down);
        manager.close();
        nodes.forEach(SwarmClient::close);
    }
}
