package dev.berth.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.swarm.client.Observed.TaskState;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Services find each other by short name across nodes; depends_on conditions hold, by the engine's own clock. */
class DeployOrderIT extends SwarmIT {

    @Test
    void servicesOnDifferentNodesReachEachOtherByShortName(@TempDir Path dir) throws Exception {
        TestSwarm.project(dir, """
                services:
                  server:
                    image: ${IMAGE}
                    stop_grace_period: 1s
                    command: ["sh", "-c", "mkdir -p /www && echo from-server > /www/index.html && exec httpd -f -p 8080 -h /www"]
                    deploy: {placement: {constraints: ["node.id == ${NODE_B}"]}}
                  client:
                    image: ${IMAGE}
                    stop_grace_period: 1s
                    command: ["sh", "-c", "while true; do sleep 1; done"]
                    healthcheck:
                      test: ["CMD", "sh", "-c", "timeout 2 wget -q -O- http://server:8080/ | grep -q from-server"]
                      interval: 1s
                      timeout: 3s
                      retries: 30
                    deploy: {placement: {constraints: ["node.id == ${NODE_C}"]}}
                    depends_on: [server]
                """);
        TestSwarm.Run up = swarm.berth(dir, "up", "it-discovery", "--progress", "plain", "--timeout", "2m");
        assertThat(up.code()).as(up.all()).isZero();
        TaskState server = running(swarm.tasks("it-discovery", "server"));
        TaskState client = running(swarm.tasks("it-discovery", "client"));
        assertThat(client.nodeId()).isNotEqualTo(server.nodeId());
    }

    @Test
    void dependentsStartOnlyAfterTheirConditionsAreMet(@TempDir Path dir) throws Exception {
        TestSwarm.project(dir, """
                services:
                  db:
                    image: ${IMAGE}
                    stop_grace_period: 1s
                    command: ["sh", "-c", "sleep 3; mkdir -p /www && echo ok > /www/index.html && exec httpd -f -p 8080 -h /www"]
                    healthcheck:
                      test: ["CMD", "wget", "-q", "-O-", "http://localhost:8080/"]
                      interval: 1s
                      retries: 30
                  init:
                    image: ${IMAGE}
                    stop_grace_period: 1s
                    command: ["sh", "-c", "sleep 2; echo initialised"]
                    deploy: {mode: replicated-job}
                  app:
                    image: ${IMAGE}
                    stop_grace_period: 1s
                    command: ["sh", "-c", "while true; do sleep 1; done"]
                    depends_on:
                      db: {condition: service_healthy}
                      init: {condition: service_completed_successfully}
                """);
        TestSwarm.Run up = swarm.berth(dir, "up", "it-order", "--progress", "plain", "--timeout", "2m");
        assertThat(up.code()).as(up.all()).isZero();
        TaskState db = running(swarm.tasks("it-order", "db"));
        TaskState init = swarm.tasks("it-order", "init").stream().filter(t -> t.state().equals("complete")).findFirst()
                .orElseThrow();
        TaskState app = running(swarm.tasks("it-order", "app"));
        Instant dbHealthy = db.timestamp();
        Instant initDone = init.timestamp();
        assertThat(app.createdAt()).as("app created after db became healthy").isAfterOrEqualTo(dbHealthy);
        assertThat(app.createdAt()).as("app created after init completed").isAfterOrEqualTo(initDone);
    }

    private static TaskState running(List<TaskState> tasks) {
        return tasks.stream().filter(TaskState::running).findFirst()
                .orElseThrow(() -> new AssertionError("no running task in " + tasks));
    }
}
