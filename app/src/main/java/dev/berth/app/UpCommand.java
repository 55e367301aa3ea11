package dev.berth.app;

import dev.berth.compose.load.LoadResult;
import dev.berth.compose.model.Project;
import dev.berth.engine.artifact.BerthBuild;
import dev.berth.engine.config.BerthConfig;
import dev.berth.engine.EnvironmentName;
import dev.berth.swarm.deploy.EnvironmentQueries;
import dev.berth.swarm.deploy.SwarmDeployer;
import dev.berth.swarm.deploy.UpRequest;
import dev.berth.swarm.deploy.UpResult;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "up",
        description = {"Deploy the project as environment NAME, or bring it up to date: networks, configs and"
                + " secrets, then services in depends_on order, waiting for each condition. An unchanged service is"
                + " left alone; a changed one is updated; one the files no longer name is removed.",
                "Exits 0 when every service converged; otherwise names the failing service, its error, node and last"
                        + " log lines, and leaves the environment for inspection. Invalid input exits 2 and creates nothing."},
        mixinStandardHelpOptions = true)
final class UpCommand implements Callable<Integer> {

    private final Invocation invocation;

    @Parameters(index = "0", paramLabel = "NAME", description = "Environment name (DNS-safe, e.g. shop-alice).")
    String name;

    @Mixin
    ProjectOptions project;

    @Mixin
    ClusterOptions cluster;

    @Option(names = {"-d", "--detach"}, description = "Return once every service was submitted in order; do not wait for all to converge.")
    boolean detach;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long to wait for dependencies and convergence (default: ${DEFAULT-VALUE}).")
    Duration timeout = Duration.ofMinutes(10);

    @Option(names = "--progress", paramLabel = "MODE", description = "auto, tty, plain or quiet (default: auto).")
    ProgressPrinter.Mode progress = ProgressPrinter.Mode.auto;

    @Option(names = "--ipvs", paramLabel = "auto|on|off",
            description = "Whether the cluster routes virtual IPs and the ingress mesh (needs IPVS on every node)."
                    + " auto probes once per cluster (default: ${DEFAULT-VALUE}).")
    String ipvs = "auto";

    @Option(names = "--probe-image", paramLabel = "IMAGE",
            description = "Image with busybox for the cluster probe (default: BERTH_PROBE_IMAGE or " + UpRequest.DEFAULT_PROBE_IMAGE + ").")
    String probeImage;

    UpCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() throws Exception {
        EnvironmentName env = EnvironmentNames.parse(name);
        LoadResult loaded = ProjectLoading.load(invocation, project);
        BerthBuild build = CompileStages.bind(invocation, project, loaded.project());
        String image = probeImage != null ? probeImage
                : invocation.environment().getOrDefault("BERTH_PROBE_IMAGE", UpRequest.DEFAULT_PROBE_IMAGE);
        BerthConfig config = cluster.config(invocation);
        ProgressPrinter printer = new ProgressPrinter(invocation.out(), progress, System.console() != null);
        try (ClusterConnection connection = ClusterConnection.open(invocation, cluster)) {
            Project deployed = CompileStages.prepare(invocation, project, config, loaded.project(), build, env, connection,
                    line -> { if (progress != ProgressPrinter.Mode.quiet) invocation.out().println(line); });
            UpRequest request = new UpRequest(env, deployed, invocation.environment(), detach, timeout, false,
                    invocation.environment().getOrDefault("USER", System.getProperty("user.name", "")), null, ipvsSetting(), image, config.network().pools());
            UpResult result = new SwarmDeployer(connection.manager, connection.nodes).up(request, printer);
            return report(env, result, connection);
        }
    }

    private Boolean ipvsSetting() {
        String value = invocation.environment().getOrDefault("BERTH_IPVS", ipvs);
        return switch (value) {
            case "on", "true" -> true;
            case "off", "false" -> false;
            default -> null;
        };
    }

    private int report(EnvironmentName env, UpResult result, ClusterConnection connection) {
        if (!result.ok()) {
            invocation.err().println("berth: environment " + env + " did not converge: "
                    + String.join(", ", result.failures().stream().map(f -> f.service() + " failed").toList())
                    + (result.blocked().isEmpty() ? "" : "; not started: " + String.join(", ", result.blocked().keySet()))
                    + ". It is left in place for inspection: berth ps " + env + ", berth logs " + env);
            return ExitCodes.FAILURE;
        }
        invocation.out().println("environment " + env + " is " + (detach ? "submitted" : "up") + ": "
                + result.plan().changes().stream().filter(c -> c.kind().word().equals("service")).count() + " services");
        List<String> published = new EnvironmentQueries(connection.manager).tasks(env).stream()
                .filter(t -> !t.published().isEmpty() && t.state().equals("running"))
                .map(t -> "  " + t.service() + ": " + String.join(", ", t.published())).distinct().toList();
        if (!published.isEmpty()) {
            invocation.out().println("published:");
            published.forEach(invocation.out()::println);
        }
        return ExitCodes.OK;
    }
}
