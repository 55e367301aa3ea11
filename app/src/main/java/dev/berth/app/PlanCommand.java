package dev.berth.app;

import dev.berth.compose.load.LoadResult;
import dev.berth.engine.EnvironmentName;
import dev.berth.engine.plan.PlanReport;
import dev.berth.swarm.deploy.SwarmDeployer;
import dev.berth.swarm.deploy.UpPreview;
import dev.berth.swarm.deploy.UpRequest;
import dev.berth.swarm.prepare.ProjectPreparation;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "plan",
        description = {"Show what 'berth up' would do to environment NAME, creating nothing: what it would create,"
                + " update (with the changed fields) and remove, how services are reached and ports published, and"
                + " whether the environment fits on the cluster (each service's nodes, or what does not fit and why).",
                "Exits 0 when the environment fits, 3 when 'berth up' would refuse it.",
                "With --server (or BERTH_SERVER), the server plans against its cluster, as its up would deploy."},
        mixinStandardHelpOptions = true)
final class PlanCommand implements Callable<Integer> {

    enum Format { text, json }

    private final Invocation invocation;

    @Parameters(index = "0", paramLabel = "NAME", description = "Environment name (DNS-safe, e.g. shop-alice).")
    String name;

    @Mixin
    ProjectOptions project;

    @Mixin
    ClusterOptions cluster;

    @Mixin
    ServerOptions server;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = "--ipvs", paramLabel = "auto|on|off",
            description = "Whether the cluster routes virtual IPs and the ingress mesh. auto takes an earlier probe's"
                    + " answer, and assumes no when there is none (plan never probes) (default: ${DEFAULT-VALUE}).")
    String ipvs = "auto";

    PlanCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() throws Exception {
        EnvironmentName env = EnvironmentNames.parse(name);
        String url = server.url(invocation);
        if (url != null) {
            ServerOptions.refuse("--ipvs", !ipvs.equals("auto"), "the server decides how its cluster routes");
            return new ThroughServer(invocation, url).plan(env, project, format);
        }
        LoadResult loaded = ProjectLoading.load(invocation, project);
        ProjectPreparation.Checked checked = CompileSetup.check(invocation, project, loaded.project(), env);
        Boolean ipvsOn = UpCommand.ipvsSetting(invocation, ipvs);
        UpPreview preview;
        try (ClusterConnection connection = ClusterConnection.open(invocation, cluster)) {
            ProjectPreparation.Planned planned = ProjectPreparation.planned(checked, connection.manager);
            UpRequest request = new UpRequest(env, planned.project(), invocation.environment(), true, Duration.ZERO,
                    invocation.environment().getOrDefault("USER", System.getProperty("user.name", "")), null,
                    ipvsOn, UpRequest.DEFAULT_PROBE_IMAGE,
                    cluster.config(invocation).network().pools(), cluster.config(invocation).ports(),
                    cluster.config(invocation).admission(), false, null);
            preview = new SwarmDeployer(connection.manager, connection.nodes).preview(request)
                    .imagesMadeOnUp(planned.imagesMadeOnUp());
        }
        return print(preview.report(env.value(), preview.plan().notices()), format, invocation);
    }

    /** Prints the report; exits 0 when the environment fits, 3 when up would refuse it. */
    static int print(PlanReport report, Format format, Invocation invocation) {
        invocation.out().print(format == Format.json ? PlanRenderer.json(report) : PlanRenderer.text(report));
        return report.admission().fits() ? ExitCodes.OK : ExitCodes.REFUSED;
    }
}
