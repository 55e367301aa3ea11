package dev.berth.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.engine.Labels;
import dev.berth.server.cluster.ClusterSnapshot;
import dev.berth.server.cluster.ClusterSource;
import dev.berth.swarm.client.Observed.NodeState;
import dev.berth.swarm.client.Observed.ServiceState;
import dev.berth.swarm.client.Observed.TaskState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** A cluster source that serves environments the test names, for the API's paths that need no engine. */
public final class FixedCluster implements ClusterSource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<ServiceState> services = new ArrayList<>();
    private final Map<String, List<TaskState>> tasks = new HashMap<>();
    private final List<NodeState> nodes = List.of(new NodeState("node-a", "berth-node1", "manager", "active", "ready",
            "172.16.213.11", "20.10", 2_000_000_000L, 4L << 30, Map.of(), true, "reachable"));
    public final AtomicInteger reads = new AtomicInteger();
    public volatile Runnable onChange = () -> { };
    /** When set, a reading fails with this message, as one of a manager that does not answer. */
    public volatile String failure;

    /** Adds an environment of {@code count} running services, owned by {@code team} (null: no team label). */
    public FixedCluster environment(String env, String team, int count) {
        for (int i = 0; i < count; i++) {
            String id = env + "-svc-" + i;
            Map<String, String> labels = new HashMap<>();
            labels.put(Labels.ENVIRONMENT, env);
            labels.put(Labels.PROJECT, "shop");
            labels.put(Labels.RESOURCE, "svc" + i);
            labels.put(Labels.OWNER, "bob");
            if (team != null) {
                labels.put(Labels.TEAM, team);
            }
            JsonNode spec = JSON.createObjectNode()
                    .<com.fasterxml.jackson.databind.node.ObjectNode>set("Mode", JSON.createObjectNode()
                            .set("Replicated", JSON.createObjectNode().put("Replicas", 1)))
                    .set("TaskTemplate", JSON.createObjectNode().set("ContainerSpec",
                            JSON.createObjectNode().put("Image", "berth/busybox:1")));
            services.add(new ServiceState(id, 1, env + "_svc" + i, labels, spec, Instant.parse("2026-01-01T00:00:00Z"),
                    null, "", ""));
            tasks.put(id, List.of(new TaskState("task-" + id, id, "node-a", 1, "running", "running", "started", "",
                    null, "c-" + id, Instant.now(), Instant.now().minusSeconds(60), List.of())));
        }
        return this;
    }

    @Override
    public ClusterSnapshot read() {
        reads.incrementAndGet();
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        return new ClusterSnapshot(services, tasks, nodes, Instant.now());
    }

    @Override
    public AutoCloseable follow(Runnable change, Runnable onLost) {
        onChange = change;
        return () -> onChange = () -> { };
    }
}
