package dev.berth.bench;

import dev.berth.app.Invocation;
import dev.berth.app.Main;
import dev.berth.engine.admission.AdmissionCheck;
import dev.berth.engine.admission.AdmissionResult;
import dev.berth.engine.admission.ClusterState;
import dev.berth.engine.admission.Demand;
import dev.berth.engine.admission.NodeCapacity;
import dev.berth.engine.admission.Quantities;
import dev.berth.engine.admission.TaskLoad;
import dev.berth.swarm.admission.ClusterCapacity;
import dev.berth.swarm.client.DockerEndpoint;
import dev.berth.swarm.client.SwarmClient;
import dev.berth.swarm.spec.SpecJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Admission benchmark. (a) On the test swarm: copies of a 12-service environment, deployed with
 * {@code berth up --detach} until admission refuses one; then the reserved share of memory and
 * CPU per node and in all (goal: at least 85 % of reservable memory, no node over-committed),
 * and every copy removed. (b) The time of the check itself with 100 environments of 12 services
 * (on a synthetic cluster state of that size; goal &lt; 200 ms), and the time of reading the real
 * cluster's state.
 */
public final class AdmissionBench {

    private static final long MIB = 1L << 20;
    private static final long CPU = 1_000_000_000L;

    private AdmissionBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = new HashMap<>(System.getenv());
        String manager = env.get("BERTH_TEST_MANAGER");
        if (manager == null) {
            throw new IllegalStateException("no test swarm: run bench/admission, which starts it");
        }
        env.put("DOCKER_HOST", manager);
        env.put("BERTH_NODE_HOSTS", env.getOrDefault("BERTH_TEST_NODES", manager));
        env.putIfAbsent("BERTH_IPVS", env.getOrDefault("BERTH_TEST_IPVS", "false").equals("true") ? "on" : "off");
        String image = env.getOrDefault("BERTH_TEST_IMAGES", "berth/busybox:1").split(",")[0];
        try (SwarmClient client = new SwarmClient(DockerEndpoint.from(manager, Map.of()), SpecJson.mapper())) {
            if (Boolean.parseBoolean(System.getProperty("fill", "true"))) {
                fill(client, env, image, Integer.getInteger("copies", 10));
            }
            checkTime();
            int[] count = new int[2];
            long[] read = time(() -> {
                ClusterState state = ClusterCapacity.read(client);
                count[0] = state.tasks().size();
            });
            count[1] = client.services(Map.of()).size();
            System.out.printf("  reading the test swarm's state as it is now (%d services of everyone's, %d tasks that"
                    + " hold resources): median %.2f ms, max %.2f ms%n", count[1], count[0], read[0] / 1e6, read[1] / 1e6);
        }
    }

    // --- (a) fill the cluster until admission refuses

    private static void fill(SwarmClient client, Map<String, String> env, String image, int target) throws Exception {
        ClusterState start = ClusterCapacity.read(client);
        long reservable = 0;
        for (NodeCapacity n : start.nodes()) {
            if (n.takesTasks()) {
                reservable += n.memoryBytes() - reserved(start, n.id())[1];
            }
        }
        // reservations such that about `target` copies fit: 12 tasks per copy, half a copy of slack
        long memory = reservable / (12L * target + 6) / MIB * MIB;
        long cpus = Math.max(CPU / 100, totalCpus(start) * 8 / 10 / (12L * (target + 1)) / (CPU / 100) * (CPU / 100));
        Path dir = Files.createTempDirectory("berth-admission");
        Files.writeString(dir.resolve("compose.yaml"), project(image, memory, cpus));
        System.out.printf("== (a) copies of a 12-service environment until admission refuses%n");
        System.out.printf("  reservable memory at start: %s on %d nodes (others' reservations already taken off);"
                + " each service reserves %s and %s%n", Quantities.memory(reservable), start.nodes().size(),
                Quantities.memory(memory), Quantities.cpus(cpus));
        List<String> copies = new ArrayList<>();
        long t0 = System.nanoTime();
        try {
            for (int i = 1; i <= target * 3; i++) {
                String name = "bench-adm" + i;
                long t = System.nanoTime();
                Run up = berth(env, dir, "up", name, "--detach", "--progress", "quiet");
                double s = (System.nanoTime() - t) / 1e9;
                if (up.code == 3) {
                    System.out.printf("  copy %2d: refused after %.1f s (exit 3):%n%s", i, s, indent(up.err));
                    break;
                }
                copies.add(name);
                if (up.code != 0) {
                    System.out.printf("  copy %2d: FAILED (exit %d): %s%n", i, up.code, up.err.strip());
                    break;
                }
                System.out.printf("  copy %2d: submitted in %.1f s%n", i, s);
            }
            System.out.printf("  %d copies admitted in %.1f s%n", copies.size(), (System.nanoTime() - t0) / 1e9);
            report(ClusterCapacity.read(client), reservable);
            int[] count = new int[1];
            long[] read = time(() -> count[0] = ClusterCapacity.read(client).tasks().size());
            System.out.printf("  reading the test swarm's state right after (nodes, services, tasks; %d tasks hold"
                    + " resources): median %.2f ms, max %.2f ms%n", count[0], read[0] / 1e6, read[1] / 1e6);
            // the copies' tasks are still starting just after the last up; read again once they run
            long settle = System.nanoTime() + 90_000_000_000L;
            while (System.nanoTime() < settle && client.tasks(Map.of("desired-state", List.of("running"))).stream()
                    .anyMatch(t -> !t.running())) {
                Thread.sleep(1000);
            }
            read = time(() -> count[0] = ClusterCapacity.read(client).tasks().size());
            System.out.printf("  ... once every task runs (%d tasks): median %.2f ms, max %.2f ms%n", count[0],
                    read[0] / 1e6, read[1] / 1e6);
        } finally {
            long t = System.nanoTime();
            List<Thread> downs = new ArrayList<>();
            for (String name : copies) {
                Thread down = new Thread(() -> {
                    Run run = berth(env, dir, "down", name, "--progress", "quiet");
                    if (run.code != 0) {
                        System.out.printf("  down %s FAILED: %s%n", name, run.err.strip());
                    }
                });
                down.start();
                downs.add(down);
            }
            for (Thread down : downs) {
                down.join();
            }
            System.out.printf("  removed %d copies in %.1f s%n", copies.size(), (System.nanoTime() - t) / 1e9);
        }
    }

    private static void report(ClusterState state, long reservable) {
        long memory = 0;
        long cpus = 0;
        long totalCpus = 0;
        long totalMemory = 0;
        long ours = 0;
        boolean overcommitted = false;
        for (TaskLoad t : state.tasks()) {
            if (t.environment() != null && t.environment().startsWith("bench-adm")) {
                ours += t.memoryBytes();
            }
        }
        for (NodeCapacity n : state.nodes()) {
            long[] r = reserved(state, n.id());
            memory += r[1];
            cpus += r[0];
            totalCpus += n.nanoCpus();
            totalMemory += n.memoryBytes();
            boolean over = r[1] > n.memoryBytes() || r[0] > n.nanoCpus();
            overcommitted |= over;
            System.out.printf("  %-12s reserved memory %9s of %9s (%5.1f %%), CPU %8s of %7s (%5.1f %%)%s%n",
                    n.displayName(), Quantities.memory(r[1]), Quantities.memory(n.memoryBytes()),
                    100.0 * r[1] / n.memoryBytes(), Quantities.cpus(r[0]), Quantities.cpus(n.nanoCpus()),
                    100.0 * r[0] / n.nanoCpus(), over ? "  OVER-COMMITTED" : "");
        }
        System.out.printf("  at refusal: the copies reserve %.1f %% of the memory that was reservable at the start"
                + " (goal >= 85 %%); all tasks together %.1f %% of the nodes' memory and %.1f %% of their CPUs;"
                + " over-committed nodes: %s%n", 100.0 * ours / reservable, 100.0 * memory / totalMemory,
                100.0 * cpus / totalCpus, overcommitted ? "YES" : "none");
    }

    private static long[] reserved(ClusterState state, String nodeId) {
        long cpu = 0;
        long memory = 0;
        for (TaskLoad t : state.tasks()) {
            if (t.nodeId().equals(nodeId)) {
                cpu += t.nanoCpus();
                memory += t.memoryBytes();
            }
        }
        return new long[] {cpu, memory};
    }

    private static long totalCpus(ClusterState state) {
        return state.nodes().stream().filter(NodeCapacity::takesTasks).mapToLong(NodeCapacity::nanoCpus).sum();
    }

    private static String project(String image, long memory, long nanoCpus) {
        StringBuilder yaml = new StringBuilder("services:\n");
        for (int i = 1; i <= 12; i++) {
            yaml.append("  s").append(i).append(":\n")
                    .append("    image: ").append(image).append('\n')
                    .append("    command: [\"sleep\", \"86400\"]\n")
                    .append("    stop_grace_period: 1s\n")
                    .append("    deploy:\n      resources:\n        reservations: {memory: \"").append(memory)
                    .append("\", cpus: \"").append(nanoCpus / 1e9).append("\"}\n");
        }
        return yaml.toString();
    }

    // --- (b) the time of the check

    private static void checkTime() {
        System.out.printf("== (b) time of the admission check%n");
        int nodes = 20;
        List<NodeCapacity> capacity = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            capacity.add(new NodeCapacity("node-" + i, "host" + i, i < 3 ? "manager" : "worker", "active", "ready",
                    Map.of("zone", "z" + (i % 3)), Map.of(), "linux", "x86_64", 64 * CPU, 256L << 30));
        }
        // 99 environments already on the cluster, placed by the simulation itself
        List<Demand> all = new ArrayList<>();
        for (int e = 0; e < 100; e++) {
            all.addAll(environment("env" + e));
        }
        ClusterState empty = new ClusterState(capacity, List.of());
        AdmissionResult existing = AdmissionCheck.check(empty, all.subList(0, 99 * 12), Set.of());
        List<TaskLoad> tasks = new ArrayList<>();
        existing.placements().forEach(p -> tasks.add(new TaskLoad("t" + tasks.size(), p.nodeId(), p.service(),
                p.service().substring(0, p.service().indexOf('_')), CPU / 10, 256 * MIB, true)));
        ClusterState full = new ClusterState(capacity, tasks);
        List<Demand> last = all.subList(99 * 12, 100 * 12);
        long[] one = time(() -> AdmissionCheck.check(full, last, Set.of()));
        long[] hundred = time(() -> AdmissionCheck.check(empty, all, Set.of()));
        System.out.printf("  synthetic cluster: %d nodes (64 CPUs, 256 GiB each), 99 environments of 12 services"
                + " (%d tasks) on it%n", nodes, tasks.size());
        System.out.printf("  check of the 100th environment (12 services, %d tasks):   median %6.2f ms, max %6.2f ms"
                + " (goal < 200 ms)%n", last.stream().mapToInt(Demand::tasks).sum(), one[0] / 1e6, one[1] / 1e6);
        System.out.printf("  all 100 environments placed at once (%d services):       median %6.2f ms, max %6.2f ms%n",
                all.size(), hundred[0] / 1e6, hundred[1] / 1e6);
    }

    /** 12 services: replicas 1–3, some with constraints, a spread preference or a per-node limit. */
    private static List<Demand> environment(String env) {
        List<Demand> out = new ArrayList<>();
        for (int s = 0; s < 12; s++) {
            List<String> constraints = s % 4 == 0 ? List.of("node.role==worker") : List.of();
            List<String> spreads = s % 5 == 0 ? List.of("node.labels.zone") : List.of();
            out.add(new Demand(env + "_s" + s, 1 + s % 3, false, CPU / 10, 256 * MIB, constraints, spreads,
                    s % 6 == 0 ? 1 : 0));
        }
        return out;
    }

    /** Median and maximum of 30 timed runs, after 10 to warm up. */
    private static long[] time(Runnable work) {
        for (int i = 0; i < 10; i++) {
            work.run();
        }
        long[] runs = new long[30];
        for (int i = 0; i < runs.length; i++) {
            long t = System.nanoTime();
            work.run();
            runs[i] = System.nanoTime() - t;
        }
        Arrays.sort(runs);
        return new long[] {runs[runs.length / 2], runs[runs.length - 1]};
    }

    private record Run(int code, String out, String err) {
    }

    private static Run berth(Map<String, String> env, Path dir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new Invocation(new PrintWriter(out), new PrintWriter(err), env, dir), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static String indent(String text) {
        return text.lines().map(l -> "    " + l + System.lineSeparator()).reduce("", String::concat);
    }
}
