package dev.berth.app;

import dev.berth.engine.admission.AdmissionResult;
import dev.berth.engine.admission.Demand;
import dev.berth.engine.plan.Plan;
import dev.berth.engine.plan.PlanReport;
import java.util.List;

/**
 * What {@code berth plan} shows: the plan's changes, how services are reached and published,
 * and the admission result.
 *
 * @param ipvsSource {@code flag}, {@code cached} or {@code assumed} (see UpPreview)
 */
record PlanView(String environment, Plan plan, boolean ipvs, String ipvsSource, List<PlanReport.Port> ports,
                List<Demand> demands, AdmissionResult admission) {

    PlanView {
        ports = List.copyOf(ports);
        demands = List.copyOf(demands);
    }
}
