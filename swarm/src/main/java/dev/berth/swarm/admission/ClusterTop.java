package dev.berth.swarm.admission;

import dev.berth.engine.admission.ClusterState;
import dev.berth.engine.admission.NodeCapacity;
import dev.berth.engine.admission.TaskLoad;
import dev.berth.swarm.client.Observed.ContainerUsage;
import dev.berth.swarm.client.SwarmClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Per node: capacity, reservations of its tasks (from the manager), and live use of its
 * containers (from the node's own engine, where Berth can reach it). CPU use is the rate
 * between two readings of each container's stats, {@link #SAMPLE} apart.
 */
public final class ClusterTop {

    static final Duration SAMPLE = Duration.ofMillis(500);

    private ClusterTop() {
    }

    /** {@code engines}: the engines Berth can reach (the manager's among them), matched to nodes by their node ID. */
    public static List<NodeTop> read(SwarmClient manager, List<SwarmClient> engines) {
        ClusterState state = ClusterCapacity.read(manager);
        Map<String, CompletableFuture<long[]>> usage = new HashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, engines.size()));
        try {
            for (SwarmClient engine : engines) {
                String nodeId;
                try {
                    nodeId = engine.info().nodeId();
                } catch (RuntimeException unreachable) {
                    continue;
                }
                usage.put(nodeId, CompletableFuture.supplyAsync(() -> usage(engine), pool));
            }
            return rows(state, usage);
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<NodeTop> rows(ClusterState state, Map<String, CompletableFuture<long[]>> usage) {
        List<NodeTop> out = new ArrayList<>();
        state.nodes().stream().sorted(Comparator.comparing(NodeCapacity::hostname).thenComparing(NodeCapacity::id))
                .forEach(node -> {
                    long cpus = 0;
                    long memory = 0;
                    TreeSet<String> envs = new TreeSet<>();
                    for (TaskLoad t : state.tasks()) {
                        if (t.nodeId().equals(node.id())) {
                            cpus += t.nanoCpus();
                            memory += t.memoryBytes();
                            if (t.environment() != null) {
                                envs.add(t.environment());
                            }
                        }
                    }
                    long[] used = join(usage.get(node.id()));
                    out.add(new NodeTop(node, cpus, memory, used == null ? null : used[0], used == null ? null : used[1],
                            List.copyOf(envs)));
                });
        return out;
    }

    private static long[] join(CompletableFuture<long[]> reading) {
        try {
            return reading == null ? null : reading.join();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** CPU (nano-CPUs) and memory that the engine's running containers use; null when it cannot be read. */
    static long[] usage(SwarmClient engine) {
        try {
            List<String> ids = engine.local().containers(Map.of("status", List.of("running"))).stream().map(c -> c.id()).toList();
            Map<String, ContainerUsage> first = new HashMap<>();
            for (String id : ids) {
                first.put(id, engine.local().containerUsage(id));
            }
            Thread.sleep(SAMPLE.toMillis());
            long cpu = 0;
            long memory = 0;
            for (String id : ids) {
                ContainerUsage now;
                try {
                    now = engine.local().containerUsage(id);
                } catch (RuntimeException gone) {
                    continue;
                }
                ContainerUsage before = first.get(id);
                long system = now.systemCpuNanos() - before.systemCpuNanos();
                if (system > 0) {
                    cpu += Math.round((double) (now.cpuNanos() - before.cpuNanos()) / system
                            * Math.max(1, now.onlineCpus()) * 1e9);
                }
                memory += now.memoryBytes();
            }
            return new long[] {cpu, memory};
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (RuntimeException unreachable) {
            return null;
        }
    }
}
