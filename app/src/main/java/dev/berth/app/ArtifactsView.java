package dev.berth.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.berth.engine.EnvironmentName;
import dev.berth.swarm.compile.ArtifactReport;
import dev.berth.swarm.deploy.EnvironmentArtifacts;
import java.io.PrintWriter;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** How {@code berth artifacts} prints: an environment's artifacts, or the project's. */
final class ArtifactsView {

    private ArtifactsView() {
    }

    /**
     * The rows of the artifacts named (all when none is).
     *
     * @throws EnvironmentNames.InvalidArgument when a name is none of the environment's artifacts
     */
    static List<EnvironmentArtifacts.Row> select(EnvironmentName env, List<EnvironmentArtifacts.Row> rows, List<String> names) {
        TreeSet<String> has = rows.stream().map(EnvironmentArtifacts.Row::name).collect(Collectors.toCollection(TreeSet::new));
        List<String> unknown = names.stream().filter(n -> !has.contains(n)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new EnvironmentNames.InvalidArgument("environment " + env + " has no artifact " + String.join(", ", unknown)
                    + "; it has " + String.join(", ", has));
        }
        return rows.stream().filter(r -> names.isEmpty() || names.contains(r.name())).toList();
    }

    static void environment(List<EnvironmentArtifacts.Row> rows, TableFormat.Format format, PrintWriter out)
            throws JsonProcessingException {
        if (format == TableFormat.Format.json) {
            out.println(TableFormat.JSON.writeValueAsString(rows));
            return;
        }
        Table table = new Table("ARTIFACT", "SHA256", "SIZE", "PRODUCER", "CONSUMERS", "STORED");
        for (EnvironmentArtifacts.Row r : rows) {
            table.row(r.name(), r.sha256().substring(0, 12), r.size() < 0 ? "-" : String.valueOf(r.size()),
                    r.producers().isEmpty() ? "-" : r.producers().stream()
                            .map(p -> producer(p.step(), p.inputHash())).collect(Collectors.joining(", ")),
                    consumers(r.consumers().stream().map(c -> c.service() + ":" + c.target()).toList()),
                    r.stored());
        }
        table.print(out);
    }

    static void project(List<ArtifactReport.Row> rows, TableFormat.Format format, PrintWriter out)
            throws JsonProcessingException {
        if (format == TableFormat.Format.json) {
            out.println(TableFormat.JSON.writeValueAsString(rows));
            return;
        }
        Table table = new Table("ARTIFACT", "SHA256", "SIZE", "PRODUCER", "CONSUMERS", "STORED");
        for (ArtifactReport.Row r : rows) {
            table.row(r.name(), r.sha256() == null ? "-" : r.sha256().substring(0, 12), r.size() < 0 ? "-" : String.valueOf(r.size()),
                    producer(r.producer(), r.inputHash()),
                    consumers(r.consumers().stream().map(c -> c.service() + ":" + c.target()).toList()),
                    r.stored());
        }
        table.print(out);
    }

    private static String producer(String step, String inputHash) {
        return step + " (inputs " + inputHash.substring(0, Math.min(12, inputHash.length())) + ")";
    }

    private static String consumers(List<String> consumers) {
        return consumers.isEmpty() ? "-" : String.join(", ", consumers);
    }
}
