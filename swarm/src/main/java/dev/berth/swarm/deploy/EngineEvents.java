package dev.berth.swarm.deploy;

import dev.berth.engine.EnvironmentName;
import dev.berth.engine.Labels;
import dev.berth.swarm.client.SwarmClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Wakes the task watchers when a container of the environment starts, turns healthy or dies on
 * any engine Berth follows, so that a change is seen at once; between events the watchers look
 * at the tasks now and then, which also covers engines Berth cannot reach.
 */
final class EngineEvents implements AutoCloseable {

    private final Object lock = new Object();
    private final List<AutoCloseable> streams = new ArrayList<>();
    private long generation;

    private EngineEvents() {
    }

    static EngineEvents follow(List<SwarmClient> engines, EnvironmentName env) {
        EngineEvents events = new EngineEvents();
        Map<String, List<String>> filter = Map.of("label", List.of(Labels.STACK_NAMESPACE + "=" + env.value()));
        for (SwarmClient engine : engines) {
            try {
                events.streams.add(engine.containerEvents(filter, events::signal));
            } catch (RuntimeException e) {
                // an engine that cannot be followed is watched by looking at the tasks
            }
        }
        return events;
    }

    /** An engine that follows nothing: the watchers only look at the tasks. */
    static EngineEvents none() {
        return new EngineEvents();
    }

    private void signal() {
        synchronized (lock) {
            generation++;
            lock.notifyAll();
        }
    }

    /** Returns at the next event, or after {@code atMost}. */
    void await(Duration atMost) throws InterruptedException {
        synchronized (lock) {
            long seen = generation;
            long deadline = System.nanoTime() + atMost.toNanos();
            while (generation == seen) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    @Override
    public void close() {
        for (AutoCloseable s : streams) {
            try {
                s.close();
            } catch (Exception e) {
                // closing a finished stream
            }
        }
    }
}
