package dev.berth.engine.admission;

import dev.berth.engine.EnvironmentName;
import java.util.List;
import java.util.Map;

/**
 * The admission result as {@code berth plan --format json} and the server's plan show it:
 * services named by their key in the files, each with its reservations and the nodes its tasks
 * would run on, the refusals, and what each node has left afterwards.
 */
public record AdmissionReport(boolean fits, List<ServiceNeed> services, List<RefusalRow> refusals,
                              List<Free> freeAfter) {

    public AdmissionReport {
        services = List.copyOf(services);
        refusals = List.copyOf(refusals);
        freeAfter = List.copyOf(freeAfter);
    }

    /** One service's reservation per task and its tasks' nodes, one entry per task. */
    public record ServiceNeed(String service, long memoryBytes, long nanoCpus, List<String> nodes) {
    }

    /** A service that does not fit; {@code best} is null when no node may run it. */
    public record RefusalRow(String service, int wanted, int placed, long memoryBytes, long nanoCpus, Free best,
                             String why) {

        /** {@code 2.0 GiB, 0.5 CPU × 3}, as {@link Refusal#needs()} says it. */
        public String needs() {
            return Refusal.needs(memoryBytes, nanoCpus, wanted);
        }
    }

    /** A node's free capacity. */
    public record Free(String node, String nodeId, long memoryBytes, long nanoCpus) {

        /** {@code node3: 3.0 GiB, 1.0 CPU} */
        public String describe() {
            return node + ": " + Quantities.memory(memoryBytes) + ", " + Quantities.cpus(nanoCpus);
        }

        static Free of(NodeFree n) {
            return n == null ? null : new Free(n.node(), n.nodeId(), n.memoryBytes(), n.nanoCpus());
        }
    }

    public static AdmissionReport of(String environment, List<Demand> demands, AdmissionResult result) {
        Map<String, List<String>> nodes = result.nodesByService();
        List<ServiceNeed> services = demands.stream().map(d -> new ServiceNeed(serviceKey(environment, d.service()),
                d.memoryBytes(), d.nanoCpus(), nodes.getOrDefault(d.service(), List.of()))).toList();
        return new AdmissionReport(result.fits(), services, refusalRows(environment, result.refusals()),
                result.after().stream().map(Free::of).toList());
    }

    /** The refusals with their services named by their keys in the files. */
    public static List<RefusalRow> refusalRows(String environment, List<Refusal> refusals) {
        return refusals.stream().map(r -> new RefusalRow(serviceKey(environment, r.service()), r.wanted(), r.placed(),
                r.memoryBytes(), r.nanoCpus(), Free.of(r.best()), r.why())).toList();
    }

    /** {@code shop-alice_web} → {@code web}: the service's key in the files. */
    public static String serviceKey(String environment, String service) {
        return new EnvironmentName(environment).unscoped(service);
    }
}
