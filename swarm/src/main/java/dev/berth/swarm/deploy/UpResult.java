package dev.berth.swarm.deploy;

import dev.berth.engine.deploy.ServiceFailure;
import dev.berth.engine.plan.Plan;
import java.util.List;
import java.util.Map;

/**
 * How an {@code up} ended: the plan it ran, the services that are ready, those that failed
 * and those never started because a dependency failed (service → that dependency).
 */
public record UpResult(Plan plan, List<String> ready, List<ServiceFailure> failures, Map<String, String> blocked,
                       boolean ipvs) {

    public UpResult {
        ready = List.copyOf(ready);
        failures = List.copyOf(failures);
        blocked = Map.copyOf(blocked);
    }

    public boolean ok() {
        return failures.isEmpty() && blocked.isEmpty();
    }
}
