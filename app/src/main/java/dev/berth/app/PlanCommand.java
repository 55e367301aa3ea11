package dev.berth.app;

import dev.berth.compose.load.LoadResult;
import dev.berth.engine.EnvironmentName;
import dev.berth.swarm.deploy.SwarmDeployer;
import dev.berth.swarm.deploy.UpPreview;
import dev.berth.swarm.deploy.UpRequest;
import dev.berth.swarm.spec.PortConfig;
import dev.berth.swarm.spec.ServiceSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "plan",
        description = {"Show what 'berth up' would do to environment NAME, creating nothing: what it would create,"
                + " update (with the changed fields) and remove, how services are reached and ports published, and"
                + " whether the environment fits on the cluster (each service's nodes, or what does not fit and why).",
                "Exits 0 when the environment fits, 3 when 'berth up' would refuse it."},
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
        LoadResult loaded = ProjectLoading.load(invocation, project);
        UpRequest request = new UpRequest(env, loaded.project(), invocation.environment(), true, Duration.ZERO,
                invocation.environment().getOrDefault("USER", System.getProperty("user.name", "")), null,
                UpCommand.ipvsSetting(invocation, ipvs), UpRequest.DEFAULT_PROBE_IMAGE,
                cluster.config(invocation).network().pools(), cluster.config(invocation).ports(),
                cluster.config(invocation).admission(), false, null);
        UpPreview preview;
        try (ClusterConnection connection = ClusterConnection.open(invocation, cluster)) {
            preview = new SwarmDeployer(connection.manager, connection.nodes).preview(request);
        }
        PlanView view = new PlanView(env.value(), preview.plan(), preview.ipvs(), preview.ipvsSource(),
                ports(env, preview), preview.demands(), preview.admission());
        invocation.out().print(format == Format.json ? PlanRenderer.json(view) : PlanRenderer.text(view));
        return preview.admission().fits() ? ExitCodes.OK : ExitCodes.REFUSED;
    }

    private static List<PlanView.PublishedPort> ports(EnvironmentName env, UpPreview preview) {
        List<PlanView.PublishedPort> out = new ArrayList<>();
        preview.stack().services().forEach((key, spec) -> {
            for (PortConfig p : ports(spec)) {
                if (p.publishedPort() != null) {
                    out.add(new PlanView.PublishedPort(key, p.publishedPort(), p.targetPort() == null ? 0 : p.targetPort(),
                            p.protocol() == null ? "tcp" : p.protocol(), p.publishMode() == null ? "ingress" : p.publishMode()));
                }
            }
        });
        return out;
    }

    private static List<PortConfig> ports(ServiceSpec spec) {
        return spec.endpointSpec() == null || spec.endpointSpec().ports() == null ? List.of() : spec.endpointSpec().ports();
    }
}
