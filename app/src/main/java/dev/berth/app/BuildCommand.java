package dev.berth.app;

import dev.berth.compose.load.LoadResult;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import dev.berth.engine.EnvironmentName;
import dev.berth.swarm.build.PreparedProject;
import dev.berth.swarm.prepare.ProjectPreparation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "build",
        description = {"Build the images of the project as berth up would for environment NAME, and make them available"
                + " to every node: pushed to build.registry, or loaded into each node's engine. Changes no service.",
                "Prints per service the image, whether it was built or unchanged, its size and where it went."},
        mixinStandardHelpOptions = true)
final class BuildCommand implements Callable<Integer> {

    private final Invocation invocation;

    @Parameters(index = "0", paramLabel = "NAME", description = "Environment name (DNS-safe, e.g. shop-alice).")
    String name;

    @Parameters(index = "1..*", paramLabel = "SERVICE", description = "Only these services (default: all).")
    List<String> services = new ArrayList<>();

    @Mixin
    ProjectOptions project;

    @Mixin
    ClusterOptions cluster;

    @Option(names = "--no-cache", description = "Build every step again, without the builder's layer cache.")
    boolean noCache;

    @Option(names = "--progress", paramLabel = "MODE", description = "auto, tty, plain or quiet (default: auto).")
    ProgressPrinter.Mode progress = ProgressPrinter.Mode.auto;

    BuildCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        EnvironmentName env = EnvironmentNames.parse(name);
        LoadResult loaded = ProjectLoading.load(invocation, project);
        Project selected = select(loaded.project());
        ProgressPrinter printer = new ProgressPrinter(invocation.out(), progress, System.console() != null);
        PreparedProject prepared;
        ProjectPreparation.Checked checked = CompileSetup.check(invocation, project, selected, env);
        try (ClusterConnection connection = ClusterConnection.open(invocation, cluster)) {
            prepared = CompileSetup.preparation(invocation, cluster.config(invocation))
                    .images(checked, connection.manager, connection.nodes, noCache, printer);
        }
        if (prepared.images().isEmpty()) {
            invocation.out().println("no service of the project builds an image");
            return ExitCodes.OK;
        }
        Table table = new Table("SERVICE", "IMAGE", "STATUS", "SIZE", "SENT TO");
        prepared.images().forEach(i -> table.row(i.service(), i.deployed(), i.image().built() ? "built" : "unchanged",
                ImageSizes.format(i.image().size()),
                i.destinations().isEmpty() ? "-" : String.join(", ", i.destinations())));
        table.print(invocation.out());
        return ExitCodes.OK;
    }

    private Project select(Project project) {
        if (services.isEmpty()) {
            return project;
        }
        Map<String, Service> chosen = new LinkedHashMap<>();
        for (String s : services) {
            Service service = project.services().get(s);
            if (service == null) {
                throw new EnvironmentNames.InvalidArgument("no such service: " + s + " (the project has "
                        + String.join(", ", project.services().keySet()) + ")");
            }
            chosen.put(s, service);
        }
        return project.withServices(chosen);
    }
}
