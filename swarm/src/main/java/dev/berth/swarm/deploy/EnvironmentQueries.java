package dev.berth.swarm.deploy;

import dev.berth.engine.EnvironmentName;
import dev.berth.engine.Labels;
import dev.berth.swarm.client.LogLine;
import dev.berth.swarm.client.Observed.NodeState;
import dev.berth.swarm.client.Observed.ServiceState;
import dev.berth.swarm.client.Observed.TaskState;
import dev.berth.swarm.client.SwarmClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/** Read-only views of environments: {@code ls}, {@code ps}, {@code logs}. */
public final class EnvironmentQueries {

    /** One environment in {@code berth ls}. */
    public record EnvironmentSummary(String name, String project, int ready, int total, Instant created,
                                     String owner, String expires) {
    }

    /** One task in {@code berth ps}. */
    public record TaskRow(String service, int slot, String taskId, String node, String desired, String state,
                          String health, List<String> published, String error, Instant since) {
    }

    private final SwarmClient client;

    public EnvironmentQueries(SwarmClient client) {
        this.client = client;
    }

    public List<EnvironmentSummary> list() {
        Map<String, List<ServiceState>> byEnv = new TreeMap<>();
        for (ServiceState s : client.services(Map.of("label", List.of(Labels.ENVIRONMENT)))) {
            byEnv.computeIfAbsent(s.labels().get(Labels.ENVIRONMENT), k -> new ArrayList<>()).add(s);
        }
        List<EnvironmentSummary> out = new ArrayList<>();
        byEnv.forEach((env, services) -> {
            int ready = 0;
            Instant created = null;
            for (ServiceState s : services) {
                ServiceGoal goal = ServiceGoal.of(s.spec(), client.tasksOf(s.id()), null);
                ready += goal.done() ? 1 : 0;
                created = created == null || (s.createdAt() != null && s.createdAt().isBefore(created)) ? s.createdAt() : created;
            }
            ServiceState first = services.get(0);
            out.add(new EnvironmentSummary(env, first.labels().getOrDefault(Labels.PROJECT, ""), ready, services.size(),
                    created, first.labels().getOrDefault(Labels.OWNER, ""), first.labels().getOrDefault(Labels.EXPIRES, "")));
        });
        return out;
    }

    public List<TaskRow> tasks(EnvironmentName env) {
        Map<String, String> nodeNames = new HashMap<>();
        Map<String, String> nodeAddresses = new HashMap<>();
        for (NodeState n : client.nodes()) {
            nodeNames.put(n.id(), n.hostname() + " (" + n.id().substring(0, Math.min(12, n.id().length())) + ")");
            nodeAddresses.put(n.id(), n.address());
        }
        List<TaskRow> rows = new ArrayList<>();
        for (ServiceState s : client.services(ClusterView.filter(env))) {
            String service = s.labels().getOrDefault(Labels.RESOURCE, s.name());
            for (TaskState t : client.tasksOf(s.id())) {
                if (!t.desiredState().equals("running") && !t.desiredState().equals("complete")
                        && !(t.state().equals("failed") || t.state().equals("rejected"))) {
                    continue;
                }
                rows.add(new TaskRow(service, t.slot(), t.id(), nodeNames.getOrDefault(t.nodeId(), t.nodeId()),
                        t.desiredState(), t.state(), health(s, t), published(s, nodeAddresses.get(t.nodeId())),
                        t.error(), t.timestamp()));
            }
        }
        rows.sort(Comparator.comparing(TaskRow::service).thenComparing(TaskRow::slot)
                .thenComparing(TaskRow::since, Comparator.nullsFirst(Comparator.reverseOrder())));
        return rows;
    }

    private static String health(ServiceState s, TaskState t) {
        boolean hasCheck = s.spec().path("TaskTemplate").path("ContainerSpec").has("Healthcheck");
        if (!hasCheck) {
            return "";
        }
        return switch (t.state()) {
            case "running" -> "healthy";
            case "starting" -> "starting";
            default -> "";
        };
    }

    /** Published ports as {@code address:port->target/protocol}; host-mode ports on the task's node. */
    private static List<String> published(ServiceState s, String nodeAddress) {
        List<String> out = new ArrayList<>();
        for (var p : s.spec().path("EndpointSpec").path("Ports")) {
            if (!p.has("PublishedPort")) {
                continue;
            }
            String host = "host".equals(p.path("PublishMode").asText()) && nodeAddress != null ? nodeAddress : "*";
            out.add(host + ":" + p.path("PublishedPort").asInt() + "->" + p.path("TargetPort").asInt() + "/"
                    + p.path("Protocol").asText("tcp"));
        }
        return out;
    }

    /**
     * Streams logs of the environment's services (all, or those named), each line tagged by service
     * and slot, until every stream ends. When {@code out} throws, or the calling thread is
     * interrupted, every stream is closed at once (a quiet service's too) and this returns by
     * throwing that; a service removed meanwhile simply ends its stream.
     */
    public void logs(EnvironmentName env, List<String> services, String tail, boolean follow, boolean timestamps,
                     Consumer<ServiceLogLine> out) throws InterruptedException {
        LogReaders readers = new LogReaders();
        for (ServiceState s : client.services(ClusterView.filter(env))) {
            String service = s.labels().getOrDefault(Labels.RESOURCE, s.name());
            if (!services.isEmpty() && !services.contains(service)) {
                continue;
            }
            Map<String, Integer> slots = new HashMap<>();
            client.tasksOf(s.id()).forEach(t -> slots.put(t.id(), t.slot()));
            readers.start("berth-logs-" + service, opened -> client.serviceLogs(s.id(), tail, follow, timestamps,
                    (LogLine line) -> out.accept(new ServiceLogLine(service, slots.getOrDefault(line.taskId(), 0),
                            line.taskId(), line.stderr(), line.text())), opened));
        }
        readers.await();
    }

    /** A log line of an environment's service. */
    public record ServiceLogLine(String service, int slot, String taskId, boolean stderr, String text) {
    }
}
