package dev.berth.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.berth.engine.admission.AdmissionReport;
import dev.berth.engine.admission.Quantities;
import dev.berth.engine.plan.PlanReport;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * {@code berth plan} as text or JSON, from its {@link PlanReport}: the cluster's answer here or the
 * server's alike. Pure: the same report always gives the same output.
 */
final class PlanRenderer {

    private PlanRenderer() {
    }

    static PlanReport report(PlanView v) {
        return PlanReport.of(v.environment(), v.plan(), v.plan().notices(), v.ipvs(), v.ipvsSource(), v.ports(),
                v.demands(), v.admission());
    }

    static String text(PlanView v) {
        return text(report(v));
    }

    static String json(PlanView v) {
        return json(report(v));
    }

    static String text(PlanReport r) {
        StringWriter buffer = new StringWriter();
        PrintWriter out = new PrintWriter(buffer);
        out.println("environment " + r.environment() + ": " + r.count("create") + " to create, " + r.count("update")
                + " to update, " + r.count("remove") + " to remove, " + r.count("keep") + " unchanged");
        Table table = new Table("ACTION", "KIND", "NAME", "CHANGED");
        r.changes().forEach(c -> table.row(c.action(), c.kind(), c.name(), String.join(", ", c.changed())));
        table.print(out);
        r.notices().forEach(n -> out.println("notice: " + n));
        out.println();
        out.println("routing: " + routing(r.routing()));
        if (!r.ports().isEmpty()) {
            Table ports = new Table("SERVICE", "PUBLISHED", "TARGET", "MODE");
            r.ports().forEach(p -> ports.row(p.service(), Integer.toString(p.published()),
                    p.target() + "/" + p.protocol(), p.mode()));
            ports.print(out);
        }
        out.println();
        AdmissionReport admission = r.admission();
        if (admission.fits()) {
            out.println("admission: fits");
            Table placed = new Table("SERVICE", "TASKS", "RESERVES EACH", "NODES");
            for (AdmissionReport.ServiceNeed s : admission.services()) {
                placed.row(s.service(), Integer.toString(s.nodes().size()),
                        Quantities.memory(s.memoryBytes()) + ", " + Quantities.cpus(s.nanoCpus()),
                        s.nodes().isEmpty() ? "-" : String.join(", ", s.nodes()));
            }
            placed.print(out);
        } else {
            out.println("admission: does not fit; berth up would create nothing and exit 3");
            AdmissionTable.print(admission.refusals(), out);
        }
        out.println();
        out.println("free on each node afterwards:");
        Table free = new Table("NODE", "MEMORY", "CPU");
        admission.freeAfter().forEach(n -> free.row(n.node(), Quantities.memory(n.memoryBytes()),
                Quantities.cpus(n.nanoCpus())));
        free.print(out);
        out.flush();
        return buffer.toString();
    }

    static String json(PlanReport r) {
        try {
            return TableFormat.JSON.writeValueAsString(r) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String routing(PlanReport.Routing routing) {
        if (routing == null) {
            return "not known (the server did not say)";
        }
        String how = switch (routing.source() == null ? "" : routing.source()) {
            case "flag" -> "as --ipvs or BERTH_IPVS says";
            case "cached" -> "as an earlier probe found";
            default -> "not probed yet: berth up would probe first; the fallback is assumed here (--ipvs on|off to choose)";
        };
        return routing.ipvs() ? "virtual IPs and the ingress mesh (" + how + ")"
                : "no IPVS (" + how + "): DNS round-robin endpoints, ports published in host mode";
    }
}
