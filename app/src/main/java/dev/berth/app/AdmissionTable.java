package dev.berth.app;

import dev.berth.engine.admission.AdmissionReport;
import dev.berth.engine.admission.NodeFree;
import dev.berth.engine.admission.Quantities;
import dev.berth.engine.admission.Refusal;
import java.io.PrintWriter;
import java.util.List;

/** The services that do not fit: SERVICE, NEEDS, BEST NODE FREE, WHY. */
final class AdmissionTable {

    private AdmissionTable() {
    }

    static void print(String environment, List<Refusal> refusals, PrintWriter out) {
        Table table = new Table("SERVICE", "NEEDS", "BEST NODE FREE", "WHY");
        for (Refusal r : refusals) {
            table.row(AdmissionReport.serviceKey(environment, r.service()), r.needs(), free(r.best()), r.why());
        }
        table.print(out);
    }

    /** The same table from the report's rows, whose services are already named by their keys. */
    static void print(List<AdmissionReport.RefusalRow> refusals, PrintWriter out) {
        Table table = new Table("SERVICE", "NEEDS", "BEST NODE FREE", "WHY");
        for (AdmissionReport.RefusalRow r : refusals) {
            AdmissionReport.Free best = r.best();
            table.row(r.service(), Quantities.memory(r.memoryBytes()) + ", " + Quantities.cpus(r.nanoCpus()) + " × "
                    + r.wanted(), best == null ? "-" : best.node() + ": " + Quantities.memory(best.memoryBytes()) + ", "
                    + Quantities.cpus(best.nanoCpus()), r.why());
        }
        table.print(out);
    }

    static String free(NodeFree n) {
        return n == null ? "-" : n.node() + ": " + Quantities.memory(n.memoryBytes()) + ", " + Quantities.cpus(n.nanoCpus());
    }
}
