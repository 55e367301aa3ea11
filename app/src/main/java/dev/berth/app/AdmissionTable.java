package dev.berth.app;

import dev.berth.engine.admission.AdmissionReport;
import dev.berth.engine.admission.Quantities;
import java.io.PrintWriter;
import java.util.List;

/** The services that do not fit: SERVICE, NEEDS, BEST NODE FREE, WHY. */
final class AdmissionTable {

    private AdmissionTable() {
    }

    /** The report's rows, whose services are named by their keys in the files. */
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
}
