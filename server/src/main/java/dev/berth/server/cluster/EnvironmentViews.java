package dev.berth.server.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.engine.Labels;
import dev.berth.server.cluster.EnvironmentView.Published;
import dev.berth.server.cluster.EnvironmentView.ServiceView;
import dev.berth.swarm.client.Observed.NodeState;
import dev.berth.swarm.client.Observed.ServiceState;
import dev.berth.swarm.client.Observed.TaskState;
import dev.berth.swarm.deploy.ServiceGoal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Turns a snapshot into the environments the API serves, once per snapshot. */
final class EnvironmentViews {

    private EnvironmentViews() {
    }

    static Map<String, EnvironmentView> of(ClusterSnapshot snapshot) {
        Map<String, NodeState> nodes = new HashMap<>();
        snapshot.nodes().forEach(n -> nodes.put(n.id(), n));
        Map<String, List<ServiceState>> byEnv = new TreeMap<>();
        for (ServiceState s : snapshot.services()) {
            String env = s.labels().get(Labels.ENVIRONMENT);
            if (env != null) {
                byEnv.computeIfAbsent(env, k -> new ArrayList<>()).add(s);
            }
        }
        Map<String, EnvironmentView> out = new TreeMap<>();
        byEnv.forEach((env, services) -> out.put(env, environment(env, services, snapshot, nodes)));
        return out;
    }

    private static EnvironmentView environment(String env, List<ServiceState> services, ClusterSnapshot snapshot,
                                               Map<String, NodeState> nodes) {
        services.sort(Comparator.comparing(s -> s.labels().getOrDefault(Labels.RESOURCE, s.name())));
        List<ServiceView> views = new ArrayList<>();
        int running = 0;
        int healthy = 0;
        int failed = 0;
        Instant created = null;
        for (ServiceState s : services) {
            List<TaskState> tasks = snapshot.tasksByService().getOrDefault(s.id(), List.of());
            ServiceGoal goal = ServiceGoal.of(s.spec(), tasks, null);
            ServiceView view = service(s, tasks, goal, nodes);
            views.add(view);
            running += goal.done() ? 1 : 0;
            healthy += goal.done() && !view.health().equals("unhealthy") ? 1 : 0;
            failed += goal.failed() && !goal.done() ? 1 : 0;
            if (s.createdAt() != null && (created == null || s.createdAt().isBefore(created))) {
                created = s.createdAt();
            }
        }
        String state = running == services.size() ? "up" : failed > 0 ? "failed" : "degraded";
        Map<String, String> labels = services.get(0).labels();
        return new EnvironmentView(env, labels.getOrDefault(Labels.PROJECT, ""), labels.getOrDefault(Labels.OWNER, ""),
                EnvironmentView.teamOf(services), created == null ? null : created.toString(),
                labels.get(Labels.EXPIRES), services.size(), running, healthy, state, List.copyOf(views));
    }

    private static ServiceView service(ServiceState s, List<TaskState> tasks, ServiceGoal goal,
                                       Map<String, NodeState> nodes) {
        JsonNode container = s.spec().path("TaskTemplate").path("ContainerSpec");
        boolean hasCheck = container.has("Healthcheck")
                && !container.path("Healthcheck").path("Test").path(0).asText("").equals("NONE");
        List<TaskState> current = tasks.stream()
                .filter(t -> t.desiredState().equals("running") || t.desiredState().equals("complete"))
                .toList();
        Set<String> onNodes = new LinkedHashSet<>();
        List<Published> published = new ArrayList<>();
        for (TaskState t : current) {
            NodeState node = nodes.get(t.nodeId());
            if (node != null && t.running()) {
                onNodes.add(node.hostname());
                published.addAll(published(s, node.address()));
            }
        }
        if (published.isEmpty() && !nodes.isEmpty()) {
            published.addAll(ingressOnly(s, nodes.values().iterator().next().address()));
        }
        String state = goal.done() ? (goal.job() ? "complete" : "running")
                : goal.failed() ? "failed" : current.isEmpty() ? "pending" : latest(current).state();
        String health = !hasCheck ? "none"
                : goal.done() ? "healthy"
                : current.stream().anyMatch(t -> t.state().equals("starting")) ? "starting" : "unhealthy";
        String error = goal.failed() && goal.lastFailure() != null ? failure(goal.lastFailure()) : null;
        return new ServiceView(s.labels().getOrDefault(Labels.RESOURCE, s.name()),
                container.path("Image").asText("").replaceFirst("@sha256:.*$", ""), dependsOn(s),
                goal.ready() + "/" + goal.desired(), state, health, List.copyOf(onNodes), distinct(published), error);
    }

    private static List<String> dependsOn(ServiceState s) {
        String names = s.labels().getOrDefault(Labels.DEPENDS_ON, "");
        return names.isEmpty() ? List.of() : List.of(names.split(","));
    }

    private static TaskState latest(List<TaskState> tasks) {
        return tasks.stream().max(Comparator.comparing(TaskState::timestamp,
                Comparator.nullsFirst(Comparator.naturalOrder()))).orElseThrow();
    }

    private static String failure(TaskState t) {
        String text = !t.error().isEmpty() ? t.error() : t.message();
        return t.exitCode() != null && t.exitCode() != 0 ? text + " (exit code " + t.exitCode() + ")" : text;
    }

    /** Host-mode ports answer on the node of each task. */
    private static List<Published> published(ServiceState s, String nodeAddress) {
        List<Published> out = new ArrayList<>();
        for (JsonNode p : s.spec().path("EndpointSpec").path("Ports")) {
            if (p.has("PublishedPort") && "host".equals(p.path("PublishMode").asText())) {
                out.add(port(p, nodeAddress));
            }
        }
        return out;
    }

    /** Ingress ports answer on every node; one address is shown. */
    private static List<Published> ingressOnly(ServiceState s, String anyNode) {
        List<Published> out = new ArrayList<>();
        for (JsonNode p : s.spec().path("EndpointSpec").path("Ports")) {
            if (p.has("PublishedPort") && !"host".equals(p.path("PublishMode").asText())) {
                out.add(port(p, anyNode));
            }
        }
        return out;
    }

    private static Published port(JsonNode p, String host) {
        int port = p.path("PublishedPort").asInt();
        boolean tcp = p.path("Protocol").asText("tcp").equals("tcp");
        return new Published(p.path("TargetPort").asInt(), host, port, tcp ? "http://" + host + ":" + port : null);
    }

    private static List<Published> distinct(List<Published> published) {
        return List.copyOf(new LinkedHashSet<>(published));
    }
}
