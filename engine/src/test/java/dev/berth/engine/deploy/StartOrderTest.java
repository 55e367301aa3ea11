package dev.berth.engine.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StartOrderTest {

    /** Records the order of events; services named in {@code failing} never meet their condition. */
    private static final class Recorder implements ServiceRollout {
        final List<String> log = new CopyOnWriteArrayList<>();
        final Set<String> failing;
        final Map<String, CountDownLatch> gates = new ConcurrentHashMap<>();

        Recorder(String... failing) {
            this.failing = Set.of(failing);
        }

        @Override
        public void start(String service) throws Exception {
            log.add("start " + service);
            CountDownLatch gate = gates.get(service);
            if (gate != null && !gate.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("gate not opened");
            }
        }

        @Override
        public void await(String service, Condition condition, Instant deadline) throws Exception {
            if (failing.contains(service)) {
                throw new ServiceFailure(service, "task exited with code 1", "node-1", 1, List.of("boom"));
            }
            log.add(service + " " + condition.composeName());
        }
    }

    private static final Instant LATER = Instant.now().plusSeconds(60);

    @Test
    void startsEachServiceAfterItsPrerequisitesMetTheirConditions() throws Exception {
        Recorder r = new Recorder();
        Map<String, StartOrder.Outcome> outcomes = new StartOrder(Map.of(
                "compile", List.of(),
                "db", List.of(),
                "app", List.of(new Prerequisite("compile", Condition.COMPLETED_SUCCESSFULLY, true),
                        new Prerequisite("db", Condition.HEALTHY, true)),
                "web", List.of(new Prerequisite("app", Condition.STARTED, true)))).run(r, LATER);
        assertThat(outcomes.values()).allMatch(StartOrder.Outcome::ok);
        assertThat(r.log.indexOf("compile service_completed_successfully")).isLessThan(r.log.indexOf("start app"));
        assertThat(r.log.indexOf("db service_healthy")).isLessThan(r.log.indexOf("start app"));
        assertThat(r.log.indexOf("app service_started")).isLessThan(r.log.indexOf("start web"));
        assertThat(r.log.indexOf("start compile")).isLessThan(r.log.indexOf("compile service_completed_successfully"));
    }

    @Test
    void startsIndependentServicesInParallel() throws Exception {
        Recorder r = new Recorder();
        CountDownLatch both = new CountDownLatch(2);
        ServiceRollout parallel = new ServiceRollout() {
            @Override
            public void start(String service) throws Exception {
                both.countDown();
                if (!both.await(5, TimeUnit.SECONDS)) {
                    throw new IllegalStateException(service + " started alone: the other one never started");
                }
            }

            @Override
            public void await(String service, Condition condition, Instant deadline) {
            }
        };
        Map<String, StartOrder.Outcome> outcomes = new StartOrder(Map.of("a", List.of(), "b", List.of()))
                .run(parallel, LATER);
        assertThat(outcomes.values()).allMatch(StartOrder.Outcome::ok);
        assertThat(r.log).isEmpty();
    }

    @Test
    void aFailedDependencyBlocksOnlyItsDependents() throws Exception {
        Recorder r = new Recorder("db");
        Map<String, StartOrder.Outcome> outcomes = new StartOrder(Map.of(
                "db", List.of(),
                "app", List.of(new Prerequisite("db", Condition.HEALTHY, true)),
                "web", List.of(new Prerequisite("app", Condition.STARTED, true)),
                "cache", List.of())).run(r, LATER);
        assertThat(outcomes.get("db").ok()).isTrue();
        assertThat(outcomes.get("app").started()).isFalse();
        assertThat(outcomes.get("app").blockedBy()).isEqualTo("db");
        assertThat(outcomes.get("web").blockedBy()).isEqualTo("app");
        assertThat(outcomes.get("cache").ok()).isTrue();
        assertThat(r.log).doesNotContain("start app", "start web");
    }

    @Test
    void anOptionalDependencyThatFailsDoesNotBlock() throws Exception {
        Recorder r = new Recorder("metrics");
        Map<String, StartOrder.Outcome> outcomes = new StartOrder(Map.of(
                "metrics", List.of(),
                "app", List.of(new Prerequisite("metrics", Condition.HEALTHY, false)))).run(r, LATER);
        assertThat(outcomes.get("app").ok()).isTrue();
    }

    @Test
    void aFailedStartIsReportedWithItsCause() throws Exception {
        ServiceRollout broken = new ServiceRollout() {
            @Override
            public void start(String service) {
                throw new IllegalStateException("image berth/nope:1 not found on any node");
            }

            @Override
            public void await(String service, Condition condition, Instant deadline) {
            }
        };
        StartOrder.Outcome outcome = new StartOrder(Map.of("app", List.of())).run(broken, LATER).get("app");
        assertThat(outcome.started()).isFalse();
        assertThat(outcome.failure()).hasMessage("image berth/nope:1 not found on any node");
    }

    @Test
    void prerequisitesOutsideTheGraphAreIgnored() throws Exception {
        Recorder r = new Recorder();
        Map<String, StartOrder.Outcome> outcomes = new StartOrder(Map.of(
                "app", List.of(new Prerequisite("disabled-by-profile", Condition.STARTED, false)))).run(r, LATER);
        assertThat(outcomes.get("app").ok()).isTrue();
    }

    @Test
    void interruptingTheCallerStopsTheWaitsStillRunning() throws Exception {
        java.util.concurrent.CountDownLatch waiting = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
        ServiceRollout slow = new ServiceRollout() {
            @Override
            public void start(String service) {
            }

            @Override
            public void await(String service, Condition condition, Instant deadline) throws Exception {
                waiting.countDown();
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    stopped.countDown();
                    throw e;
                }
            }
        };
        Throwable[] thrown = {null};
        Thread caller = new Thread(() -> {
            try {
                new StartOrder(Map.of("db", List.of(), "app", List.of(new Prerequisite("db", Condition.HEALTHY, true))))
                        .run(slow, LATER);
            } catch (Throwable t) {
                thrown[0] = t;
            }
        });
        caller.start();
        assertThat(waiting.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        caller.interrupt();
        caller.join(10_000);
        assertThat(caller.isAlive()).as("run returned").isFalse();
        assertThat(thrown[0]).isInstanceOf(InterruptedException.class);
        assertThat(stopped.await(10, java.util.concurrent.TimeUnit.SECONDS)).as("the wait was interrupted").isTrue();
    }
}
