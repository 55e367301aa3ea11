package dev.berth.swarm.deploy;

import dev.berth.swarm.client.EngineUnreachableException;
import dev.berth.swarm.client.SwarmClient;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The node engines that did not answer during one run of {@code down} or {@code gc}. What only
 * a node's own engine can do there (its containers, volumes, images) is skipped and reported,
 * and the rest goes on: a node that is down must not stop the cleanup of the others. An engine
 * that did not answer once is not asked again in the same run (each try may wait for a timeout).
 */
public final class EngineReach {

    /** One step on one engine. */
    @FunctionalInterface
    public interface Step {
        void run() throws InterruptedException;
    }

    private final Map<String, String> unreachable = new LinkedHashMap<>();

    /** Runs {@code step} unless the engine did not answer before; false when it does not answer (now or before). */
    public boolean attempt(SwarmClient engine, Step step) throws InterruptedException {
        String endpoint = engine.endpoint().toString();
        if (unreachable.containsKey(endpoint)) {
            return false;
        }
        try {
            step.run();
            return true;
        } catch (EngineUnreachableException e) {
            unreachable.put(endpoint, e.reason());
            return false;
        }
    }

    /** Records that the engine did not answer, for a caller that caught it itself. */
    public void record(SwarmClient engine, EngineUnreachableException e) {
        unreachable.putIfAbsent(engine.endpoint().toString(), e.reason());
    }

    /** Why the engine did not answer, or null when it did (or was not asked). */
    public String reason(SwarmClient engine) {
        return unreachable.get(engine.endpoint().toString());
    }

    /** Endpoint → why it did not answer, in the order they failed. */
    public Map<String, String> unreachable() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(unreachable));
    }
}
