package dev.berth.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.engine.admission.AdmissionReport;
import dev.berth.engine.admission.Demand;
import dev.berth.engine.admission.Quantities;
import dev.berth.engine.plan.Change;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code berth plan} as text or JSON. Pure: the same view always gives the same output. */
final class PlanRenderer {

    private PlanRenderer() {
    }

    static String text(PlanView v) {
        StringWriter buffer = new StringWriter();
        PrintWriter out = new PrintWriter(buffer);
        List<Change> changes = v.plan().changes();
        out.println("environment " + v.environment() + ": " + count(changes, Change.Action.CREATE) + " to create, "
                + count(changes, Change.Action.UPDATE) + " to update, " + count(changes, Change.Action.REMOVE)
                + " to remove, " + count(changes, Change.Action.KEEP) + " unchanged");
        Table table = new Table("ACTION", "KIND", "NAME", "CHANGED");
        changes.forEach(c -> table.row(action(c), c.kind().word(), c.name(), String.join(", ", c.changedFields())));
        table.print(out);
        v.plan().notices().forEach(n -> out.println("notice: " + n));
        out.println();
        out.println("routing: " + routing(v));
        if (!v.ports().isEmpty()) {
            Table ports = new Table("SERVICE", "PUBLISHED", "TARGET", "MODE");
            v.ports().forEach(p -> ports.row(p.service(), Integer.toString(p.published()),
                    p.target() + "/" + p.protocol(), p.mode()));
            ports.print(out);
        }
        out.println();
        if (v.admission().fits()) {
            out.println("admission: fits");
            Table placed = new Table("SERVICE", "TASKS", "RESERVES EACH", "NODES");
            Map<String, List<String>> nodes = v.admission().nodesByService();
            for (Demand d : v.demands()) {
                List<String> on = nodes.getOrDefault(d.service(), List.of());
                placed.row(AdmissionReport.serviceKey(v.environment(), d.service()), Integer.toString(on.size()),
                        Quantities.memory(d.memoryBytes()) + ", " + Quantities.cpus(d.nanoCpus()),
                        on.isEmpty() ? "-" : String.join(", ", on));
            }
            placed.print(out);
        } else {
            out.println("admission: does not fit; berth up would create nothing and exit 3");
            AdmissionTable.print(v.environment(), v.admission().refusals(), out);
        }
        out.println();
        out.println("free on each node afterwards:");
        Table free = new Table("NODE", "MEMORY", "CPU");
        v.admission().after().forEach(n -> free.row(n.node(), Quantities.memory(n.memoryBytes()), Quantities.cpus(n.nanoCpus())));
        free.print(out);
        out.flush();
        return buffer.toString();
    }

    static String json(PlanView v) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        root.put("environment", v.environment());
        ArrayNode changes = root.putArray("changes");
        for (Change c : v.plan().changes()) {
            ObjectNode n = changes.addObject();
            n.put("action", c.action().name().toLowerCase(Locale.ROOT)).put("kind", c.kind().word()).put("name", c.name());
            c.changedFields().forEach(n.putArray("changed")::add);
        }
        v.plan().notices().forEach(root.putArray("notices")::add);
        root.putObject("routing").put("ipvs", v.ipvs()).put("source", v.ipvsSource())
                .put("endpointMode", v.ipvs() ? "vip" : "dnsrr").put("publishMode", v.ipvs() ? "ingress" : "host");
        ArrayNode ports = root.putArray("ports");
        v.ports().forEach(p -> ports.addObject().put("service", p.service()).put("published", p.published())
                .put("target", p.target()).put("protocol", p.protocol()).put("mode", p.mode()));
        root.set("admission", LsCommand.JSON.valueToTree(AdmissionReport.of(v.environment(), v.demands(), v.admission())));
        try {
            return LsCommand.JSON.writeValueAsString(root) + System.lineSeparator();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String routing(PlanView v) {
        String how = switch (v.ipvsSource()) {
            case "flag" -> "as --ipvs or BERTH_IPVS says";
            case "cached" -> "as an earlier probe found";
            default -> "not probed yet: berth up would probe first; the fallback is assumed here (--ipvs on|off to choose)";
        };
        return v.ipvs() ? "virtual IPs and the ingress mesh (" + how + ")"
                : "no IPVS (" + how + "): DNS round-robin endpoints, ports published in host mode";
    }

    private static String action(Change c) {
        return c.action().name().toLowerCase(Locale.ROOT);
    }

    private static long count(List<Change> changes, Change.Action action) {
        return changes.stream().filter(c -> c.action() == action).count();
    }
}
