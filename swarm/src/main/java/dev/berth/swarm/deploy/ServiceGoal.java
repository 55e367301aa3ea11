package dev.berth.swarm.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.swarm.client.Observed.TaskState;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a service stands against its goal, computed from its mode and its tasks: how many
 * tasks are ready out of how many are wanted, and whether it has failed. A replicated or global
 * service is ready when its current tasks run (Swarm reports a task with a healthcheck as
 * running only once it is healthy); a job when its tasks completed.
 */
public record ServiceGoal(int ready, int desired, boolean job, boolean started, boolean done, boolean failed,
                   TaskState lastFailure, String summary) {

    /** Failed tasks of a restarting service after which Berth calls it failing. */
    static final int FAILURES_BEFORE_GIVING_UP = 3;

    public static ServiceGoal of(JsonNode spec, List<TaskState> tasks, Instant since) {
        return of(spec, tasks, since, t -> true);
    }

    /**
     * {@code settled} tells whether a running task has run long enough to count: without a
     * healthcheck, "running" alone would count a container that exits a moment later.
     */
    static ServiceGoal of(JsonNode spec, List<TaskState> tasks, Instant since, java.util.function.Predicate<TaskState> settled) {
        JsonNode mode = spec.path("Mode");
        boolean job = mode.has("ReplicatedJob") || mode.has("GlobalJob");
        String restart = spec.path("TaskTemplate").path("RestartPolicy").path("Condition").asText("any");
        List<TaskState> recentFailures = tasks.stream()
                .filter(t -> t.state().equals("failed") || t.state().equals("rejected"))
                .filter(t -> since == null || t.createdAt() == null || !t.createdAt().isBefore(since))
                .sorted(Comparator.comparing(TaskState::timestamp, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
        TaskState lastFailure = recentFailures.isEmpty() ? null : recentFailures.get(recentFailures.size() - 1);
        Map<Integer, TaskState> latestBySlot = latestPerSlot(tasks);
        if (job) {
            int desired = mode.has("ReplicatedJob")
                    ? mode.path("ReplicatedJob").path("TotalCompletions").asInt(1) : Math.max(1, latestBySlot.size());
            int complete = (int) tasks.stream().filter(t -> t.state().equals("complete")).count();
            boolean started = tasks.stream().anyMatch(t -> t.running() || t.state().equals("complete"));
            boolean failed = lastFailure != null && (restart.equals("none") || recentFailures.size() >= FAILURES_BEFORE_GIVING_UP);
            return new ServiceGoal(Math.min(complete, desired), desired, true, started, complete >= desired, failed,
                    lastFailure, complete + "/" + desired + " completed");
        }
        List<TaskState> current = tasks.stream().filter(t -> t.desiredState().equals("running")).toList();
        int desired = mode.has("Replicated") ? mode.path("Replicated").path("Replicas").asInt(1)
                : Math.max(current.size(), 1);
        boolean healthcheck = spec.path("TaskTemplate").path("ContainerSpec").has("Healthcheck");
        int running = (int) current.stream().filter(TaskState::running).filter(t -> healthcheck || settled.test(t)).count();
        boolean completedAll = !latestBySlot.isEmpty()
                && latestBySlot.values().stream().allMatch(t -> t.state().equals("complete"));
        boolean failed = lastFailure != null
                && (restart.equals("none") ? latestBySlot.values().stream().anyMatch(t -> t.terminal() && !t.state().equals("complete"))
                : recentFailures.size() >= FAILURES_BEFORE_GIVING_UP || lastFailure.state().equals("rejected"));
        boolean oneShotDone = restart.equals("none") && completedAll;
        boolean anyRunning = current.stream().anyMatch(TaskState::running);
        return new ServiceGoal(running, desired, false, anyRunning || completedAll,
                desired == 0 || running >= desired || oneShotDone,
                failed, lastFailure, running + "/" + desired + " running" + (completedAll ? ", completed" : ""));
    }

    /** True when every slot's latest task exited 0: a one-shot service that finished. */
    static boolean completed(List<TaskState> tasks) {
        Map<Integer, TaskState> latest = latestPerSlot(tasks);
        return !latest.isEmpty() && latest.values().stream().allMatch(t -> t.state().equals("complete"));
    }

    private static Map<Integer, TaskState> latestPerSlot(List<TaskState> tasks) {
        Map<Integer, TaskState> latest = new LinkedHashMap<>();
        for (TaskState t : tasks) {
            int slot = t.slot() == 0 ? t.nodeId().hashCode() : t.slot();
            TaskState seen = latest.get(slot);
            if (seen == null || (t.createdAt() != null && seen.createdAt() != null && t.createdAt().isAfter(seen.createdAt()))) {
                latest.put(slot, t);
            }
        }
        return latest;
    }
}
