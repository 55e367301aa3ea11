package dev.berth.swarm.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.swarm.client.Observed.TaskState;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceGoalTest {

    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

    private static JsonNode spec(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    private static TaskState task(int slot, String desired, String state, int secondsAfter, Integer exit, String error) {
        Instant at = T0.plusSeconds(secondsAfter);
        return new TaskState("t" + slot + state + secondsAfter, "svc", "node1", slot, desired, state, state, error, exit,
                "", at, at, List.of());
    }

    @Test
    void aReplicatedServiceIsDoneWhenAllItsReplicasRun() throws Exception {
        JsonNode spec = spec("{\"Mode\":{\"Replicated\":{\"Replicas\":2}}}");
        ServiceGoal half = ServiceGoal.of(spec, List.of(task(1, "running", "running", 1, null, ""),
                task(2, "running", "starting", 1, null, "")), T0);
        assertThat(half.started()).isTrue();
        assertThat(half.done()).isFalse();
        assertThat(half.summary()).isEqualTo("1/2 running");
        ServiceGoal all = ServiceGoal.of(spec, List.of(task(1, "running", "running", 1, null, ""),
                task(2, "running", "running", 2, null, "")), T0);
        assertThat(all.done()).isTrue();
    }

    @Test
    void aRestartingServiceFailsAfterRepeatedTaskFailures() throws Exception {
        JsonNode spec = spec("{\"Mode\":{\"Replicated\":{\"Replicas\":1}}}");
        List<TaskState> twice = List.of(task(1, "shutdown", "failed", 1, 1, "task: non-zero exit (1)"),
                task(1, "shutdown", "failed", 2, 1, "task: non-zero exit (1)"), task(1, "running", "starting", 3, null, ""));
        assertThat(ServiceGoal.of(spec, twice, T0).failed()).isFalse();
        List<TaskState> thrice = new java.util.ArrayList<>(twice);
        thrice.add(task(1, "shutdown", "failed", 4, 1, "task: non-zero exit (1)"));
        ServiceGoal goal = ServiceGoal.of(spec, thrice, T0);
        assertThat(goal.failed()).isTrue();
        assertThat(goal.lastFailure().timestamp()).isEqualTo(T0.plusSeconds(4));
    }

    @Test
    void failuresBeforeThisDeployDoNotCount() throws Exception {
        JsonNode spec = spec("{\"Mode\":{\"Replicated\":{\"Replicas\":1}}}");
        List<TaskState> old = List.of(task(1, "shutdown", "failed", -30, 1, "x"), task(1, "shutdown", "failed", -20, 1, "x"),
                task(1, "shutdown", "failed", -10, 1, "x"), task(1, "running", "running", 1, null, ""));
        assertThat(ServiceGoal.of(spec, old, T0).failed()).isFalse();
    }

    @Test
    void aOneShotServiceFailsAtItsFirstFailureAndIsDoneWhenItCompleted() throws Exception {
        JsonNode spec = spec("{\"Mode\":{\"Replicated\":{\"Replicas\":1}},\"TaskTemplate\":{\"RestartPolicy\":{\"Condition\":\"none\"}}}");
        assertThat(ServiceGoal.of(spec, List.of(task(1, "running", "failed", 1, 3, "task: non-zero exit (3)")), T0).failed())
                .isTrue();
        ServiceGoal done = ServiceGoal.of(spec, List.of(task(1, "running", "complete", 1, 0, "")), T0);
        assertThat(done.done()).isTrue();
        assertThat(ServiceGoal.completed(List.of(task(1, "running", "complete", 1, 0, "")))).isTrue();
    }

    @Test
    void aJobIsDoneWhenItsCompletionsAreReached() throws Exception {
        JsonNode spec = spec("{\"Mode\":{\"ReplicatedJob\":{\"MaxConcurrent\":2,\"TotalCompletions\":2}}}");
        ServiceGoal one = ServiceGoal.of(spec, List.of(task(1, "complete", "complete", 1, 0, ""),
                task(2, "complete", "running", 1, null, "")), T0);
        assertThat(one.job()).isTrue();
        assertThat(one.done()).isFalse();
        assertThat(one.summary()).isEqualTo("1/2 completed");
        ServiceGoal two = ServiceGoal.of(spec, List.of(task(1, "complete", "complete", 1, 0, ""),
                task(2, "complete", "complete", 2, 0, "")), T0);
        assertThat(two.done()).isTrue();
    }

    @Test
    void aRejectedTaskFailsTheServiceAtOnce() throws Exception {
        JsonNode spec = spec("{\"Mode\":{\"Global\":{}}}");
        ServiceGoal goal = ServiceGoal.of(spec, List.of(task(1, "shutdown", "rejected", 1, null,
                "No such image: shop/api:9")), T0);
        assertThat(goal.failed()).isTrue();
        assertThat(goal.lastFailure().error()).isEqualTo("No such image: shop/api:9");
    }
}
