package dev.berth.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.swarm.client.Observed.TaskState;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** up is idempotent: an unchanged re-up touches nothing, a change updates one service, a killed up converges. */
class ReUpIT extends SwarmIT {

    private static final String PROJECT = """
            services:
              a:
                image: ${IMAGE}
                stop_grace_period: 1s
                command: ["sh", "-c", "while true; do sleep 1; done"]
                environment: {VERSION: "${A_VERSION:-1}"}
              b:
                image: ${IMAGE}
                stop_grace_period: 1s
                command: ["sh", "-c", "while true; do sleep 1; done"]
              c:
                image: ${IMAGE}
                stop_grace_period: 1s
                command: ["sh", "-c", "while true; do sleep 1; done"]
                depends_on: [b]
            """;

    private static List<String> taskIds(String env, String... services) {
        List<String> ids = new ArrayList<>();
        for (String s : services) {
            // The manager may still show a replaced task as running for a moment after its node stopped it;
            // the service's current tasks are the ones Swarm wants running.
            swarm.tasks(env, s).stream().filter(TaskState::running).filter(t -> t.desiredState().equals("running"))
                    .map(TaskState::id).forEach(ids::add);
        }
        return ids;
    }

    @Test
    void anUnchangedReUpTouchesNothingAndAChangeUpdatesOnlyThatService(@TempDir Path dir) throws Exception {
        TestSwarm.project(dir, PROJECT);
        TestSwarm.Run first = swarm.berth(dir, "up", "it-reup", "--progress", "plain");
        assertThat(first.code()).as(first.all()).isZero();
        List<String> before = taskIds("it-reup", "a", "b", "c");
        assertThat(before).hasSize(3);

        TestSwarm.Run again = swarm.berth(dir, "up", "it-reup", "--progress", "plain");
        assertThat(again.code()).as(again.all()).isZero();
        assertThat(again.out()).doesNotContain("created", "updated", "removed");
        assertThat(taskIds("it-reup", "a", "b", "c")).containsExactlyInAnyOrderElementsOf(before);

        TestSwarm.Run changed = swarm.berthWith(Map.of("A_VERSION", "2"), dir, "up", "it-reup", "--progress", "plain");
        assertThat(changed.code()).as(changed.all()).isZero();
        assertThat(changed.out()).contains("updated service it-reup_a (TaskTemplate.ContainerSpec.Env)")
                .doesNotContain("updated service it-reup_b", "updated service it-reup_c");
        assertThat(taskIds("it-reup", "b", "c")).containsExactlyInAnyOrderElementsOf(before.subList(1, 3));
        assertThat(taskIds("it-reup", "a")).doesNotContain(before.get(0));

        Files.writeString(dir.resolve("compose.yaml"), PROJECT.substring(0, PROJECT.indexOf("  c:")));
        TestSwarm.Run removed = swarm.berth(dir, "up", "it-reup", "--progress", "plain");
        assertThat(removed.code()).as(removed.all()).isZero();
        assertThat(removed.out()).contains("removed service it-reup_c");
    }

    @Test
    void aKilledUpConvergesWhenRunAgain(@TempDir Path dir) throws Exception {
        TestSwarm.project(dir, PROJECT);
        Path berth = Path.of("..", "bin", "berth").toAbsolutePath().normalize();
        ProcessBuilder pb = new ProcessBuilder(berth.toString(), "up", "it-killed", "--progress", "plain")
                .directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(swarm.environment());
        Process up = pb.start();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(up.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null && !line.startsWith("created service")) {
                // read until the first service exists, then kill the process mid-way
            }
        }
        up.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

        TestSwarm.Run again = swarm.berth(dir, "up", "it-killed", "--progress", "plain");
        assertThat(again.code()).as(again.all()).isZero();
        assertThat(swarm.manager.services(Map.of("label", List.of("dev.berth.environment=it-killed")))).hasSize(3);
        for (String s : List.of("a", "b", "c")) {
            assertThat(swarm.tasks("it-killed", s).stream().filter(TaskState::running)).as(s).hasSize(1);
        }
    }
}
