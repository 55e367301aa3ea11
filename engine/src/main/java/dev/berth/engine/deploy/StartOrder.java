package dev.berth.engine.deploy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Starts services in {@code depends_on} order: each one as soon as every prerequisite met its
 * condition, independent ones in parallel. A failed service stops only its dependents;
 * a dependency marked {@code required: false} that fails does not.
 */
public final class StartOrder {

    /** How one service ended. */
    public record Outcome(String service, boolean started, Throwable failure, String blockedBy) {
        public boolean ok() {
            return started && failure == null;
        }
    }

    private final Map<String, List<Prerequisite>> graph;

    public StartOrder(Map<String, List<Prerequisite>> graph) {
        this.graph = new LinkedHashMap<>(graph);
    }

    /**
     * Runs the rollout in order; returns when every service started, failed or was blocked.
     *
     * @throws InterruptedException when the calling thread is interrupted: every start and wait
     *         still running is interrupted too, so a stopped deploy stops (a server shutting down)
     */
    public Map<String, Outcome> run(ServiceRollout rollout, Instant deadline) throws InterruptedException {
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "berth-start");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<String, CompletableFuture<Void>> started = new LinkedHashMap<>();
            Map<String, Outcome> outcomes = new java.util.concurrent.ConcurrentHashMap<>();
            for (String service : graph.keySet()) {
                schedule(service, started, outcomes, rollout, deadline, pool);
            }
            try {
                // get, not join: join ignores interruption, and a deploy nobody waits for would go on
                CompletableFuture.allOf(started.values().toArray(CompletableFuture[]::new))
                        .exceptionally(e -> null).get();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
            Map<String, Outcome> ordered = new LinkedHashMap<>();
            graph.keySet().forEach(s -> ordered.put(s, outcomes.get(s)));
            return ordered;
        } finally {
            pool.shutdownNow();
        }
    }

    private CompletableFuture<Void> schedule(String service, Map<String, CompletableFuture<Void>> started,
                                             Map<String, Outcome> outcomes, ServiceRollout rollout,
                                             Instant deadline, ExecutorService pool) {
        CompletableFuture<Void> existing = started.get(service);
        if (existing != null) {
            return existing;
        }
        List<CompletableFuture<Void>> waits = new ArrayList<>();
        for (Prerequisite p : graph.getOrDefault(service, List.of())) {
            if (!graph.containsKey(p.service())) {
                continue;
            }
            CompletableFuture<Void> dep = schedule(p.service(), started, outcomes, rollout, deadline, pool)
                    .thenRunAsync(() -> call(() -> rollout.await(p.service(), p.condition(), deadline)), pool);
            if (!p.required()) {
                dep = dep.exceptionally(e -> null);
            } else {
                dep = dep.exceptionally(e -> {
                    throw new CompletionException(new Blocked(p.service(), cause(e)));
                });
            }
            waits.add(dep);
        }
        CompletableFuture<Void> self = CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new))
                .thenRunAsync(() -> call(() -> rollout.start(service)), pool)
                .whenComplete((ok, e) -> outcomes.put(service, outcome(service, e)));
        started.put(service, self);
        return self;
    }

    private static Outcome outcome(String service, Throwable e) {
        if (e == null) {
            return new Outcome(service, true, null, null);
        }
        Throwable cause = cause(e);
        if (cause instanceof Blocked b) {
            return new Outcome(service, false, null, b.dependency);
        }
        return new Outcome(service, false, cause, null);
    }

    private static Throwable cause(Throwable e) {
        Throwable c = e;
        while (c instanceof CompletionException && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void call(Step step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }

    /** A service was not started because a required dependency did not meet its condition. */
    private static final class Blocked extends RuntimeException {
        final String dependency;

        Blocked(String dependency, Throwable cause) {
            super("dependency " + dependency + " failed", cause, false, false);
            this.dependency = dependency;
        }
    }
}
