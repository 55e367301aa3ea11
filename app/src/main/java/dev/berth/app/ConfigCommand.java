package dev.berth.app;

import dev.berth.compose.load.LoadResult;
import dev.berth.compose.model.Project;
import dev.berth.compose.write.ProjectWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "config",
        description = {"Validate the compose files and print the project as Berth will deploy it: merged, "
                + "interpolated, short syntax expanded, paths absolute, defaults filled in.",
                "Exits 2 and lists every problem with file:line:column and path when the input is invalid."},
        mixinStandardHelpOptions = true)
final class ConfigCommand implements Callable<Integer> {

    enum Format { yaml, json }

    private final Invocation invocation;

    @Mixin
    ProjectOptions project;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format = Format.yaml;

    @Option(names = "--services", description = "Print the service names, one per line.")
    boolean services;

    @Option(names = "--volumes", description = "Print the volume names, one per line.")
    boolean volumes;

    @Option(names = {"-q", "--quiet"}, description = "Only validate; print nothing.")
    boolean quiet;

    @Option(names = "--debug", description = "Show stack traces of unexpected errors.")
    boolean debug;

    ConfigCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        LoadResult result = ProjectLoading.load(invocation, project);
        Project p = result.project();
        // Berth's extensions bound and the templates rendered as up renders them, for a stand-in
        // environment named after the project: what up would refuse, config refuses too.
        CompileSetup.check(invocation, project, p, standIn(p.name()));
        if (quiet) {
            return ExitCodes.OK;
        }
        if (services) {
            p.services().keySet().stream().sorted().forEach(invocation.out()::println);
        } else if (volumes) {
            p.volumes().keySet().stream().sorted().forEach(invocation.out()::println);
        } else {
            invocation.out().print(format == Format.json ? ProjectWriter.json(p) : ProjectWriter.yaml(p));
        }
        return ExitCodes.OK;
    }

    /** The project's name as an environment name where it is one, else "config". */
    static dev.berth.engine.EnvironmentName standIn(String projectName) {
        try {
            return new dev.berth.engine.EnvironmentName(projectName);
        } catch (IllegalArgumentException e) {
            return new dev.berth.engine.EnvironmentName("config");
        }
    }
}
