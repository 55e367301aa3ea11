package dev.berth.server.api;

import dev.berth.engine.gc.Removal;
import dev.berth.server.job.JobEvents;
import dev.berth.swarm.gc.GarbageCollection.NodeReport;
import dev.berth.swarm.gc.GarbageCollection.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A gc's report as job events and the job's one-line message, in the words of {@code berth gc}. */
final class GcReports {

    private GcReports() {
    }

    /**
     * The report's lines as notices; a node whose engine did not answer is a warning whose data also
     * names it as {@code skippedNode}, so that a client tells an incomplete gc without reading words.
     */
    static void emit(Report report, boolean dryRun, JobEvents events) {
        for (NodeReport n : report.unreachable()) {
            events.emit("notice", events.object().put("message", "warning: " + n.skippedLine(dryRun))
                    .put("skippedNode", n.node()));
        }
        notices(report, dryRun).forEach(events::notice);
    }

    /** The report's lines other than the skipped nodes, in the words of {@code berth gc}. */
    static List<String> notices(Report report, boolean dryRun) {
        String verb = dryRun ? "would remove" : "removed";
        List<String> out = new ArrayList<>();
        report.skipped().forEach(s -> out.add("skipped environment " + s));
        report.expired().forEach(e -> out.add(verb + " expired environment " + e));
        for (NodeReport n : report.nodes()) {
            for (Removal r : n.removed()) {
                out.add(verb + " " + r.kind().name().toLowerCase(Locale.ROOT) + " " + r.name() + " on " + n.node()
                        + " (" + r.reason() + ")");
            }
            n.refused().forEach(r -> out.add("left " + r + " on " + n.node()));
        }
        return out;
    }

    static String summary(Report report, boolean dryRun) {
        List<NodeReport> unreachable = report.unreachable();
        String skipped = unreachable.isEmpty() ? "" : "; skipped " + unreachable.size() + " node(s) whose engine did not"
                + " answer: " + String.join(", ", unreachable.stream().map(NodeReport::node).toList());
        return collected(report, dryRun) + skipped;
    }

    private static String collected(Report report, boolean dryRun) {
        if (report.nothing()) {
            return "nothing to collect";
        }
        long containers = 0;
        long images = 0;
        long volumes = 0;
        for (NodeReport n : report.nodes()) {
            containers += n.count(Removal.Kind.CONTAINER);
            images += n.count(Removal.Kind.IMAGE);
            volumes += n.count(Removal.Kind.VOLUME);
        }
        return (dryRun ? "would remove " : "removed ") + report.expired().size() + " expired environment(s), "
                + containers + " container(s), " + images + " image(s), " + volumes + " volume(s); "
                + report.bytes() + " bytes " + (dryRun ? "reclaimable" : "reclaimed");
    }
}
