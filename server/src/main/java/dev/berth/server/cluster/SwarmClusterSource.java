package dev.berth.server.cluster;

import dev.berth.engine.Labels;
import dev.berth.swarm.client.Observed.TaskState;
import dev.berth.swarm.client.SwarmClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the cluster through the manager (services labelled by Berth, all tasks, nodes: three
 * calls) and follows service and node events on the manager and the container events of
 * Berth's stacks on every engine it can reach (task changes on a node show as its containers'
 * events there).
 */
public final class SwarmClusterSource implements ClusterSource {

    private final SwarmClient manager;
    private final List<SwarmClient> nodes;

    public SwarmClusterSource(SwarmClient manager, List<SwarmClient> nodes) {
        this.manager = manager;
        this.nodes = List.copyOf(nodes);
    }

    @Override
    public ClusterSnapshot read() {
        var services = manager.services(Map.of("label", List.of(Labels.ENVIRONMENT)));
        Map<String, List<TaskState>> tasks = new HashMap<>();
        for (TaskState t : manager.tasks(Map.of())) {
            tasks.computeIfAbsent(t.serviceId(), k -> new ArrayList<>()).add(t);
        }
        return new ClusterSnapshot(services, tasks, manager.nodes(), Instant.now());
    }

    @Override
    public AutoCloseable follow(Runnable onChange, Runnable onLost) {
        List<AutoCloseable> streams = new ArrayList<>();
        Runnable lost = new Runnable() {
            private boolean told;

            @Override
            public synchronized void run() {
                if (!told) {
                    told = true;
                    onLost.run();
                }
            }
        };
        streams.add(manager.events(Map.of("type", List.of("service", "node")), e -> onChange.run(), lost));
        Map<String, List<String>> containers = Map.of("type", List.of("container"),
                "label", List.of(Labels.STACK_NAMESPACE));
        List<SwarmClient> engines = new ArrayList<>(nodes);
        engines.add(0, manager);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (SwarmClient engine : engines) {
            if (seen.add(engine.endpoint().toString())) {
                try {
                    streams.add(engine.events(containers, e -> onChange.run(), () -> { }));
                } catch (RuntimeException e) {
                    // a node Berth cannot follow is covered by the periodic reading
                }
            }
        }
        return () -> {
            for (AutoCloseable s : streams) {
                try {
                    s.close();
                } catch (Exception e) {
                    // already closed
                }
            }
        };
    }
}
