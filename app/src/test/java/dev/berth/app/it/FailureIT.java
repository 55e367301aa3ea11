package dev.berth.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A crashing container and a failing healthcheck are reported with service, exit code, node and log lines. */
class FailureIT extends SwarmIT {

    @Test
    void aCrashingContainerIsReportedWithItsExitCodeNodeAndLastLines(@TempDir Path dir) throws Exception {
        TestSwarm.project(dir, """
                services:
                  steady:
                    image: ${IMAGE}
                    stop_grace_period: 1s
                    command: ["sh", "-c", "while true; do sleep 1; done"]
                  crash:
                    image: ${IMAGE}
                    stop_grace_period: 1s
                    command: ["sh", "-c", "echo starting-up; echo cannot-open-config >&2; exit 3"]
                    deploy: {restart_policy: {condition: none}}
                  after:
                    image: ${IMAGE}
                    stop_grace_period: 1s
                    command: ["sh", "-c", "while true; do sleep 1; done"]
                    depends_on:
                      crash: {condition: service_healthy}
                """);
        TestSwarm.Run up = swarm.berth(dir, "up", "it-crash", "--progress", "plain", "--timeout", "90s");
        assertThat(up.code()).as(up.all()).isEqualTo(1);
        assertThat(up.out()).contains("crash: FAILED on ", "exit code 3", "    | cannot-open-config",
                "after: not started: dependency crash failed");
        assertThat(up.err()).contains("environment it-crash did not converge: crash failed; not started: after");
        assertThat(swarm.tasks("it-crash", "steady")).anyMatch(t -> t.running());
    }

    @Test
    void aFailingHealthcheckIsReported(@TempDir Path dir) throws Exception {
        TestSwarm.project(dir, """
                services:
                  sick:
                    image: ${IMAGE}
                    stop_grace_period: 1s
                    command: ["sh", "-c", "echo serving-nothing; while true; do sleep 1; done"]
                    healthcheck:
                      test: ["CMD", "sh", "-c", "echo probe-failed; exit 1"]
                      interval: 1s
                      timeout: 1s
                      retries: 1
                    deploy: {restart_policy: {condition: on-failure, delay: 1s}}
                """);
        TestSwarm.Run up = swarm.berth(dir, "up", "it-unhealthy", "--progress", "plain", "--timeout", "2m");
        assertThat(up.code()).as(up.all()).isEqualTo(1);
        assertThat(up.out()).contains("sick: FAILED on ", "unhealthy", "    | serving-nothing");
    }
}
