package dev.berth.swarm.admission;

import dev.berth.compose.model.Project;
import dev.berth.engine.admission.Demand;
import dev.berth.engine.plan.Change;
import dev.berth.engine.plan.Plan;
import dev.berth.engine.plan.ResourceKind;
import dev.berth.swarm.spec.Placement;
import dev.berth.swarm.spec.PortConfig;
import dev.berth.swarm.spec.Resources;
import dev.berth.swarm.spec.ServiceMode;
import dev.berth.swarm.spec.ServiceSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an environment asks of the cluster: a demand for each service the plan creates or
 * updates, in depends_on order (the order Berth creates them in), and the services whose
 * current tasks go away (updated or removed), which the check counts as freed.
 */
public record Demands(List<Demand> demands, Set<String> freed) {

    public static Demands of(Project project, Map<String, ServiceSpec> services, Plan plan) {
        Set<String> changing = new LinkedHashSet<>();
        Set<String> freed = new LinkedHashSet<>();
        for (Change c : plan.changes()) {
            if (c.kind() != ResourceKind.SERVICE) {
                continue;
            }
            switch (c.action()) {
                case CREATE -> changing.add(c.name());
                case UPDATE -> {
                    changing.add(c.name());
                    freed.add(c.name());
                }
                case REMOVE -> freed.add(c.name());
                case KEEP -> { }
            }
        }
        List<Demand> demands = new ArrayList<>();
        for (String key : startOrder(project, services.keySet())) {
            ServiceSpec spec = services.get(key);
            if (changing.contains(spec.name())) {
                demands.add(demand(spec));
            }
        }
        return new Demands(demands, freed);
    }

    static Demand demand(ServiceSpec spec) {
        Resources resources = spec.taskTemplate().resources();
        Resources.Reservation r = resources == null ? null : resources.reservations();
        long cpus = r == null || r.nanoCpus() == null ? 0 : r.nanoCpus();
        long memory = r == null || r.memoryBytes() == null ? 0 : r.memoryBytes();
        Placement p = spec.taskTemplate().placement();
        List<String> constraints = p == null ? List.of() : p.constraints() == null ? List.of() : p.constraints();
        List<String> spreads = p == null || p.preferences() == null ? List.of()
                : p.preferences().stream().map(pref -> pref.spread().spreadDescriptor()).toList();
        long maxPerNode = p == null || p.maxReplicas() == null ? 0 : p.maxReplicas();
        ServiceMode mode = spec.mode();
        boolean global = mode != null && (mode.global() != null || mode.globalJob() != null);
        List<String> hostPorts = new ArrayList<>();
        if (spec.endpointSpec() != null && spec.endpointSpec().ports() != null) {
            for (PortConfig port : spec.endpointSpec().ports()) {
                if ("host".equals(port.publishMode()) && port.publishedPort() != null && port.publishedPort() != 0) {
                    hostPorts.add(port.publishedPort() + "/" + (port.protocol() == null ? "tcp" : port.protocol()));
                }
            }
        }
        return new Demand(spec.name(), global ? 0 : tasks(mode), global, cpus, memory, constraints, spreads, maxPerNode,
                hostPorts);
    }

    /** Tasks that run at once: replicas, or a job's concurrent tasks (the engine's default is 1). */
    private static int tasks(ServiceMode mode) {
        if (mode == null || mode.replicated() != null) {
            return mode == null || mode.replicated().replicas() == null ? 1 : mode.replicated().replicas().intValue();
        }
        ServiceMode.ReplicatedJob job = mode.replicatedJob();
        long concurrent = job.maxConcurrent() == null ? 1 : job.maxConcurrent();
        long total = job.totalCompletions() == null ? concurrent : job.totalCompletions();
        return (int) Math.min(concurrent, total);
    }

    /** Services with their dependencies first, otherwise by name. */
    private static List<String> startOrder(Project project, Set<String> keys) {
        List<String> order = new ArrayList<>();
        Set<String> left = new LinkedHashSet<>(keys);
        while (!left.isEmpty()) {
            String next = left.stream().filter(k -> project.services().get(k) == null
                            || project.services().get(k).dependsOn().keySet().stream().noneMatch(left::contains))
                    .findFirst().orElse(left.iterator().next());
            order.add(next);
            left.remove(next);
        }
        return order;
    }
}
