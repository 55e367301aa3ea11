package dev.berth.swarm.deploy;

import dev.berth.engine.admission.AdmissionResult;
import dev.berth.engine.admission.Demand;
import dev.berth.engine.plan.Plan;
import dev.berth.swarm.convert.Stack;
import java.util.List;

/**
 * What {@code up} would do, found without touching the cluster: the plan, the specs it would
 * apply, the IPVS decision and the admission result.
 *
 * @param ipvsSource how the IPVS answer was found: {@code flag} (--ipvs or BERTH_IPVS), {@code cached}
 *        (an earlier probe), or {@code assumed} (never probed: up would probe first; the fallback is assumed)
 */
public record UpPreview(Plan plan, Stack stack, boolean ipvs, String ipvsSource, List<Demand> demands,
                        AdmissionResult admission) {

    public UpPreview {
        demands = List.copyOf(demands);
    }
}
