package dev.berth.swarm.deploy;

import dev.berth.engine.admission.AdmissionResult;
import dev.berth.engine.admission.Demand;
import dev.berth.engine.plan.Plan;
import dev.berth.engine.plan.PlanReport;
import dev.berth.swarm.convert.Stack;
import dev.berth.swarm.spec.PortConfig;
import java.util.ArrayList;
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

    /** The ports up would publish, by the services' keys in the files. */
    public List<PlanReport.Port> publishedPorts() {
        List<PlanReport.Port> out = new ArrayList<>();
        stack.services().forEach((key, spec) -> {
            List<PortConfig> ports = spec.endpointSpec() == null || spec.endpointSpec().ports() == null ? List.of()
                    : spec.endpointSpec().ports();
            for (PortConfig p : ports) {
                if (p.publishedPort() != null) {
                    out.add(new PlanReport.Port(key, p.publishedPort(), p.targetPort() == null ? 0 : p.targetPort(),
                            p.protocol() == null ? "tcp" : p.protocol(), p.publishMode() == null ? "ingress" : p.publishMode()));
                }
            }
        });
        return out;
    }

    /** The report of {@code berth plan}, with {@code notices} (the plan's, and any the caller adds). */
    /** This preview with {@link Plan#imagesMadeOnUp}: the images of {@code services} are made by up. */
    public UpPreview imagesMadeOnUp(java.util.Set<String> services) {
        return new UpPreview(plan.imagesMadeOnUp(services), stack, ipvs, ipvsSource, demands, admission);
    }

    public PlanReport report(String environment, List<String> notices) {
        return PlanReport.of(environment, plan, notices, ipvs, ipvsSource, publishedPorts(), demands, admission);
    }
}
