package dev.berth.engine.plan;

import dev.berth.engine.admission.AdmissionReport;
import dev.berth.engine.admission.AdmissionResult;
import dev.berth.engine.admission.Demand;
import java.util.List;
import java.util.Locale;

/**
 * {@code berth plan} as data: what {@code --format json} prints, what the server's plan answers,
 * and what the text of {@code berth plan} is rendered from, on the command line's side and
 * through a server alike.
 */
public record PlanReport(String environment, List<ChangeRow> changes, List<String> notices, Routing routing,
                         List<Port> ports, AdmissionReport admission) {

    public PlanReport {
        changes = changes == null ? List.of() : List.copyOf(changes);
        notices = notices == null ? List.of() : List.copyOf(notices);
        ports = ports == null ? List.of() : List.copyOf(ports);
    }

    /** One resource: action create, update, remove or keep; {@code changed} the fields an update changes. */
    public record ChangeRow(String action, String kind, String name, List<String> changed) {
        public ChangeRow {
            changed = changed == null ? List.of() : List.copyOf(changed);
        }

        static ChangeRow of(Change c) {
            return new ChangeRow(c.action().name().toLowerCase(Locale.ROOT), c.kind().word(), c.name(), c.changedFields());
        }
    }

    /**
     * How services are reached: with IPVS virtual IPs and the ingress mesh, else DNS round-robin
     * and host-mode ports; {@code source} flag, cached or assumed.
     */
    public record Routing(boolean ipvs, String source, String endpointMode, String publishMode) {
        public static Routing of(boolean ipvs, String source) {
            return new Routing(ipvs, source, ipvs ? "vip" : "dnsrr", ipvs ? "ingress" : "host");
        }
    }

    /** A published port as {@code up} would publish it; {@code service} is the key in the files. */
    public record Port(String service, int published, int target, String protocol, String mode) {
    }

    public static PlanReport of(String environment, Plan plan, List<String> notices, boolean ipvs, String ipvsSource,
                                List<Port> ports, List<Demand> demands, AdmissionResult admission) {
        return new PlanReport(environment, plan.changes().stream().map(ChangeRow::of).toList(), notices,
                Routing.of(ipvs, ipvsSource), ports, AdmissionReport.of(environment, demands, admission));
    }

    /** How many changes have this action ({@code create}, {@code update}, {@code remove}, {@code keep}). */
    public long count(String action) {
        return changes.stream().filter(c -> c.action().equals(action)).count();
    }
}
