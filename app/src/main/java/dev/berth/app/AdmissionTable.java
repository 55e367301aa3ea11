package dev.berth.app;

import dev.berth.engine.admission.AdmissionReport;
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
            table.row(r.service(), r.needs(), r.best() == null ? "-" : r.best().describe(), r.why());
        }
        table.print(out);
    }
}
