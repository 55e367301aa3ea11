package dev.berth.swarm.admission;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.engine.Labels;
import dev.berth.engine.admission.ClusterState;
import dev.berth.engine.admission.NodeCapacity;
import dev.berth.engine.admission.TaskLoad;
import dev.berth.swarm.client.Observed.NodeResources;
import dev.berth.swarm.client.Observed.ServiceState;
import dev.berth.swarm.client.Observed.TaskReservation;
import dev.berth.swarm.client.SwarmClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Reads what the scheduler weighs from a manager: every node, and every task that holds resources. */
public final class ClusterCapacity {

    private ClusterCapacity() {
    }

    /** Three calls at once: nodes, services (for names, environments and host ports), tasks. */
    public static ClusterState read(SwarmClient manager) {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<List<ServiceState>> services = CompletableFuture.supplyAsync(() -> manager.services(Map.of()), pool);
            CompletableFuture<List<TaskReservation>> tasks = CompletableFuture.supplyAsync(manager::taskReservations, pool);
            List<NodeCapacity> nodes = manager.nodeResources().stream().map(ClusterCapacity::node).toList();
            return new ClusterState(nodes, tasks(join(services), join(tasks)));
        } finally {
            pool.shutdown();
        }
    }

    private static <T> T join(CompletableFuture<T> call) {
        try {
            return call.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static List<TaskLoad> tasks(List<ServiceState> list, List<TaskReservation> reservations) {
        Map<String, ServiceState> services = new HashMap<>();
        list.forEach(s -> services.put(s.id(), s));
        List<TaskLoad> tasks = new ArrayList<>();
        for (TaskReservation t : reservations) {
            if (!TaskLoad.holdsResources(t.nodeId(), t.state(), t.desiredState())) {
                continue;
            }
            ServiceState service = services.get(t.serviceId());
            String name = service == null ? t.serviceId() : service.name();
            String env = service == null ? null : service.labels().get(Labels.ENVIRONMENT);
            tasks.add(new TaskLoad(t.id(), t.nodeId(), name, env, t.nanoCpus(), t.memoryBytes(),
                    TaskLoad.counts(t.desiredState()), service == null ? List.of() : hostPorts(service.spec())));
        }
        return tasks;
    }

    /** The ports a service publishes in host mode, as its spec says: {@code 8080/tcp}. */
    static List<String> hostPorts(JsonNode spec) {
        List<String> out = new ArrayList<>();
        for (JsonNode p : spec.path("EndpointSpec").path("Ports")) {
            if ("host".equals(p.path("PublishMode").asText()) && p.path("PublishedPort").asInt(0) != 0) {
                out.add(p.path("PublishedPort").asInt() + "/" + p.path("Protocol").asText("tcp"));
            }
        }
        return out;
    }

    static NodeCapacity node(NodeResources n) {
        return new NodeCapacity(n.id(), n.hostname(), n.role(), n.availability(), n.state(), n.labels(),
                n.engineLabels(), n.os(), n.arch(), n.nanoCpus(), n.memoryBytes());
    }
}
