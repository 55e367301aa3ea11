package dev.berth.app;

import dev.berth.engine.artifact.BerthBuild;
import dev.berth.engine.config.BerthConfig;
import dev.berth.swarm.client.SwarmClient;
import dev.berth.swarm.compile.ArtifactReport;
import dev.berth.swarm.compile.ArtifactStages;
import dev.berth.swarm.prepare.ProjectPreparation;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "artifacts",
        description = {"List the artifacts of the project's compile step: name, sha256, size, the step that produces it"
                + " and the hash of its current inputs, the modules that take it and where, and whether the artifact"
                + " store holds it. Runs nothing; the builder engine is asked only for the step image's ID."},
        mixinStandardHelpOptions = true)
final class ArtifactsCommand implements Callable<Integer> {

    private final Invocation invocation;

    @Parameters(paramLabel = "ARTIFACT", arity = "0..*", description = "Artifacts to show (default: all).")
    List<String> names = List.of();

    @Mixin
    ProjectOptions project;

    @Mixin
    ClusterOptions cluster;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table or json (default: ${DEFAULT-VALUE}).")
    LsCommand.Format format = LsCommand.Format.table;

    ArtifactsCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() throws Exception {
        var loaded = ProjectLoading.load(invocation, project);
        BerthBuild build = CompileSetup.bind(invocation, project, loaded.project());
        for (String name : names) {
            if (build.compile() == null || !build.compile().outputs().containsKey(name)) {
                throw new EnvironmentNames.InvalidArgument("no artifact " + name + " in the project"
                        + (build.compile() == null ? " (no service declares x-berth-compile)"
                        : "; it has " + String.join(", ", build.compile().outputs().keySet())));
            }
        }
        BerthConfig config = cluster.config(invocation);
        List<ArtifactReport.Row> rows;
        ProjectPreparation preparation = CompileSetup.preparation(invocation, config);
        try (SwarmClient builder = preparation.builder()) {
            rows = ArtifactReport.of(build, builder.buildContainers(), preparation.store(),
                    ArtifactStages.sources(preparation.sources())).stream()
                    .filter(r -> names.isEmpty() || names.contains(r.name())).toList();
        }
        if (format == LsCommand.Format.json) {
            invocation.out().println(LsCommand.JSON.writeValueAsString(rows));
            return ExitCodes.OK;
        }
        Table table = new Table("ARTIFACT", "SHA256", "SIZE", "PRODUCER", "CONSUMERS", "STORED");
        for (ArtifactReport.Row r : rows) {
            table.row(r.name(), r.sha256() == null ? "-" : r.sha256().substring(0, 12), r.size() < 0 ? "-" : String.valueOf(r.size()),
                    r.producer() + " (inputs " + r.inputHash().substring(0, 12) + ")",
                    r.consumers().isEmpty() ? "-" : r.consumers().stream().map(c -> c.service() + ":" + c.target())
                            .collect(Collectors.joining(", ")),
                    r.stored());
        }
        table.print(invocation.out());
        return ExitCodes.OK;
    }
}
