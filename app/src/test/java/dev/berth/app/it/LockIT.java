package dev.berth.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.EnvironmentName;
import dev.berth.engine.lock.LockHolder;
import dev.berth.swarm.client.Observed.TaskState;
import dev.berth.swarm.lock.ClusterLock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands on one environment take turns through a lock kept in the cluster; other environments do not wait. */
class LockIT extends SwarmIT {

    private static final String PROJECT = """
            services:
              app:
                image: ${IMAGE}
                stop_grace_period: 1s
                command: ["sh", "-c", "while true; do sleep 1; done"]
                ports: ["18482:80"]
            """;

    private static List<TestSwarm.Run> inParallel(List<java.util.concurrent.Callable<TestSwarm.Run>> runs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(runs.size());
        try {
            List<Future<TestSwarm.Run>> futures = new ArrayList<>();
            runs.forEach(r -> futures.add(pool.submit(r)));
            List<TestSwarm.Run> out = new ArrayList<>();
            for (Future<TestSwarm.Run> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long running(String env) {
        return swarm.tasks(env, "app").stream().filter(TaskState::running).count();
    }

    @Test
    void twoUpsOfOneEnvironmentTakeTurns(@TempDir Path dir) throws Exception {
        TestSwarm.project(dir, PROJECT);
        List<TestSwarm.Run> runs = inParallel(List.of(
                () -> swarm.berth(dir, "up", "lc-lock-a", "--progress", "plain"),
                () -> swarm.berth(dir, "up", "lc-lock-a", "--progress", "plain")));
        runs.forEach(r -> assertThat(r.code()).as(r.all()).isZero());
        assertThat(runs.stream().filter(r -> r.err().contains("berth: environment lc-lock-a is locked by berth-it@")
                && r.err().contains("; waiting up to 2m"))).hasSize(1);
        assertThat(swarm.manager.services(Map.of("label", List.of("dev.berth.environment=lc-lock-a")))).hasSize(1);
        assertThat(running("lc-lock-a")).isEqualTo(1);
        assertThat(swarm.manager.objects().configs(Map.of("name", List.of("berth-lock.env.lc-lock-a")))).as("released").isEmpty();
    }

    @Test
    void aHolderThatKeepsTheLockMakesUpGiveUpAndCreateNothing(@TempDir Path dir) throws Exception {
        TestSwarm.project(dir, PROJECT);
        ClusterLock locks = new ClusterLock(swarm.manager, "somebody@elsewhere (pid 7)");
        try (ClusterLock.Held held = locks.acquire(ClusterLock.environmentScope(new EnvironmentName("lc-lock-b")),
                "environment lc-lock-b", java.time.Duration.ofSeconds(5), m -> { })) {
            TestSwarm.Run up = swarm.berth(dir, "up", "lc-lock-b", "--wait-lock", "2s");
            assertThat(up.code()).as(up.all()).isEqualTo(1);
            assertThat(up.err()).contains("berth: environment lc-lock-b is locked by somebody@elsewhere (pid 7) since ")
                    .contains("; gave up after waiting 2s (--wait-lock)");
            assertThat(swarm.leftovers("lc-lock-b")).isEmpty();
        }
    }

    @Test
    void downWaitsForTheUpOfItsEnvironment(@TempDir Path dir) throws Exception {
        TestSwarm.project(dir, PROJECT);
        List<TestSwarm.Run> runs = inParallel(List.of(
                () -> swarm.berth(dir, "up", "lc-lock-c", "--progress", "plain"),
                () -> {
                    while (swarm.manager.objects().configs(Map.of("name", List.of("berth-lock.env.lc-lock-c"))).isEmpty()) {
                        Thread.sleep(20);
                    }
                    return swarm.berth(dir, "down", "lc-lock-c");
                }));
        assertThat(runs.get(0).code()).as(runs.get(0).all()).isZero();
        assertThat(runs.get(1).code()).as(runs.get(1).all()).isZero();
        assertThat(runs.get(1).err()).contains("berth: environment lc-lock-c is locked by berth-it@");
        assertThat(runs.get(1).out()).contains("environment lc-lock-c removed");
        assertThat(swarm.leftovers("lc-lock-c")).isEmpty();
    }

    @Test
    void theLockOfADeadHolderIsTakenOver(@TempDir Path dir) throws Exception {
        TestSwarm.project(dir, PROJECT);
        Instant anHourAgo = Instant.now().minusSeconds(3600);
        LockHolder dead = new LockHolder("dead-token", "ghost@gone (pid 1)", anHourAgo, anHourAgo.plusSeconds(30));
        swarm.manager.objects().createConfig(Map.of("Name", "berth-lock.env.lc-lock-d", "Labels", dead.labels("env.lc-lock-d"),
                "Data", Base64.getEncoder().encodeToString("x".getBytes())));
        TestSwarm.Run up = swarm.berth(dir, "up", "lc-lock-d", "--wait-lock", "5s", "--progress", "plain");
        assertThat(up.code()).as(up.all()).isZero();
        assertThat(swarm.manager.objects().configs(Map.of("name", List.of("berth-lock.env.lc-lock-d")))).isEmpty();
    }

    @Test
    void aHolderThatStoppedRenewingIsTakenOverAfterALeaseWhateverItsClockSays(@TempDir Path dir) throws Exception {
        TestSwarm.project(dir, PROJECT);
        Instant now = Instant.now();
        // a lease written far into the future (a wrong clock), never renewed
        LockHolder stuck = new LockHolder("stuck-token", "frozen@skewed (pid 2)", now, now.plusSeconds(3600));
        swarm.manager.objects().createConfig(Map.of("Name", "berth-lock.env.lc-lock-h", "Labels", stuck.labels("env.lc-lock-h"),
                "Data", Base64.getEncoder().encodeToString("x".getBytes())));
        long started = System.nanoTime();
        TestSwarm.Run up = swarm.berth(dir, "up", "lc-lock-h", "--wait-lock", "50s", "--progress", "plain");
        assertThat(up.code()).as(up.all()).isZero();
        assertThat(up.err()).contains("berth: environment lc-lock-h is locked by frozen@skewed (pid 2) since ");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(ClusterLock.LEASE);
        assertThat(swarm.manager.objects().configs(Map.of("name", List.of("berth-lock.env.lc-lock-h")))).isEmpty();
    }

    @Test
    void copiesDeployedAtOnceGetDifferentPorts(@TempDir Path dir) throws Exception {
        TestSwarm.project(dir, PROJECT);
        List<TestSwarm.Run> runs = inParallel(List.of(
                () -> swarm.berth(dir, "up", "lc-lock-e", "--progress", "plain"),
                () -> swarm.berth(dir, "up", "lc-lock-f", "--progress", "plain"),
                () -> swarm.berth(dir, "up", "lc-lock-g", "--progress", "plain")));
        runs.forEach(r -> assertThat(r.code()).as(r.all()).isZero());
        List<Integer> ports = new ArrayList<>();
        for (String env : List.of("lc-lock-e", "lc-lock-f", "lc-lock-g")) {
            swarm.manager.publishedPorts().stream().filter(p -> p.serviceName().equals(env + "_app"))
                    .forEach(p -> ports.add(p.port()));
        }
        assertThat(ports).hasSize(3).doesNotHaveDuplicates();
    }
}
