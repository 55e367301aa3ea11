package dev.berth.swarm.deploy;

import dev.berth.engine.deploy.Condition;
import dev.berth.engine.deploy.DeployEvent;
import dev.berth.engine.deploy.DeployListener;
import dev.berth.engine.deploy.ServiceFailure;
import dev.berth.swarm.client.LogLine;
import dev.berth.swarm.client.Observed.NodeState;
import dev.berth.swarm.client.Observed.ServiceState;
import dev.berth.swarm.client.Observed.TaskState;
import dev.berth.swarm.client.SwarmClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Follows a service's tasks until it meets a condition, fails, or the deadline passes. Reports
 * progress as it changes, and on failure the task's error, exit code, node and last log lines.
 */
final class TaskWatch {

    /**
     * Between events, how often the tasks are looked at anyway: the manager learns of a task's
     * new state a moment after the node's container event, so events alone come too early.
     */
    private static final Duration POLL = Duration.ofMillis(150);
    /** At least this long between two looks of one watcher, however many events arrive. */
    private static final Duration SPACING = Duration.ofMillis(60);
    private static final int LOG_LINES = 15;

    private final SwarmClient client;
    private final DeployListener listener;
    private final Instant since;
    private final EngineEvents events;
    private static final Duration SETTLE = Duration.ofMillis(600);

    private final Map<String, String> lastReported = new ConcurrentHashMap<>();
    /** When Berth first saw each task running, by its own clock (the nodes' clocks may differ). */
    private final Map<String, Instant> firstSeenRunning = new ConcurrentHashMap<>();

    TaskWatch(SwarmClient client, DeployListener listener, Instant since, EngineEvents events) {
        this.client = client;
        this.listener = listener;
        this.since = since;
        this.events = events;
    }

    /** Waits until {@code service} (its compose name; {@code scoped} its Swarm name) meets the condition. */
    void await(String service, String scoped, Condition condition, Instant deadline) throws ServiceFailure,
            InterruptedException {
        while (true) {
            ServiceState state = find(scoped);
            if (state != null) {
                List<TaskState> tasks = client.tasksOf(state.id());
                ServiceGoal goal = ServiceGoal.of(state.spec(), tasks, since, this::settled);
                report(service, goal);
                if (met(goal, tasks, condition)) {
                    return;
                }
                if (goal.failed()) {
                    throw failure(service, state, goal);
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw timeout(service, state, condition);
            }
            Thread.sleep(SPACING.toMillis());
            events.await(POLL.minus(SPACING));
        }
    }

    private boolean settled(TaskState task) {
        if (task.createdAt() != null && task.createdAt().isBefore(since)) {
            return true; // it was running before this up began
        }
        Instant seen = firstSeenRunning.computeIfAbsent(task.id(), id -> Instant.now());
        return !seen.plus(SETTLE).isAfter(Instant.now());
    }

    private static boolean met(ServiceGoal goal, List<TaskState> tasks, Condition condition) {
        return switch (condition) {
            case STARTED -> goal.started();
            case HEALTHY -> goal.done() && !goal.job() || goal.job() && goal.done();
            case COMPLETED_SUCCESSFULLY -> goal.job() ? goal.done() : ServiceGoal.completed(tasks);
        };
    }

    private void report(String service, ServiceGoal goal) {
        String summary = goal.summary();
        if (!summary.equals(lastReported.put(service, summary))) {
            listener.on(new DeployEvent.Progress(service, goal.ready(), goal.desired(), summary));
        }
    }

    private ServiceState find(String scoped) {
        return client.services(Map.of("name", List.of(scoped))).stream()
                .filter(s -> s.name().equals(scoped)).findFirst().orElse(null);
    }

    private ServiceFailure failure(String service, ServiceState state, ServiceGoal goal) {
        TaskState task = goal.lastFailure();
        String reason = task.error().isEmpty() ? task.message() : task.error();
        String exit = task.exitCode() != null && task.exitCode() != 0 ? " with exit code " + task.exitCode() : "";
        return new ServiceFailure(service, "task " + task.state() + exit + ": " + reason, nodeName(task.nodeId()),
                task.exitCode(), lastLines(state.id(), task.id()));
    }

    private ServiceFailure timeout(String service, ServiceState state, Condition condition) {
        if (state == null) {
            return new ServiceFailure(service, "the service does not exist", "", null, List.of());
        }
        List<TaskState> tasks = client.tasksOf(state.id());
        ServiceGoal goal = ServiceGoal.of(state.spec(), tasks, since);
        TaskState latest = tasks.stream().filter(t -> t.desiredState().equals("running") || goal.job())
                .reduce((a, b) -> b).orElse(null);
        String detail = latest == null ? "no task was scheduled"
                : "task " + latest.state() + (latest.error().isEmpty() ? ": " + latest.message() : ": " + latest.error());
        return new ServiceFailure(service, "did not reach " + condition.composeName() + " in time (" + goal.summary()
                + "; " + detail + ")", latest == null ? "" : nodeName(latest.nodeId()),
                latest == null ? null : latest.exitCode(), latest == null ? List.of() : lastLines(state.id(), latest.id()));
    }

    private String nodeName(String nodeId) {
        if (nodeId == null || nodeId.isEmpty()) {
            return "";
        }
        return client.nodes().stream().filter(n -> n.id().equals(nodeId)).findFirst()
                .map(n -> n.hostname() + " (" + shortId(n) + ")").orElse(nodeId);
    }

    private static String shortId(NodeState node) {
        return node.id().length() > 12 ? node.id().substring(0, 12) : node.id();
    }

    private List<String> lastLines(String serviceId, String taskId) {
        List<String> all = new ArrayList<>();
        List<String> ofTask = new ArrayList<>();
        try {
            client.serviceLogs(serviceId, "100", false, false, (LogLine line) -> {
                all.add(line.text());
                if (line.taskId().equals(taskId)) {
                    ofTask.add(line.text());
                }
            });
        } catch (RuntimeException e) {
            return List.of("(logs unavailable: " + e.getMessage() + ")");
        }
        List<String> chosen = ofTask.isEmpty() ? all : ofTask;
        return List.copyOf(chosen.subList(Math.max(0, chosen.size() - LOG_LINES), chosen.size()));
    }
}
