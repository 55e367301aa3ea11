package dev.berth.app;

import dev.berth.compose.load.LoadResult;
import dev.berth.compose.model.Project;
import dev.berth.engine.EnvironmentName;
import dev.berth.engine.admission.AdmissionReport;
import dev.berth.engine.config.BerthConfig;
import dev.berth.swarm.admission.AdmissionRefused;
import dev.berth.swarm.deploy.EnvironmentQueries;
import dev.berth.swarm.deploy.Lifetimes;
import dev.berth.swarm.deploy.SwarmDeployer;
import dev.berth.swarm.deploy.UpRequest;
import dev.berth.swarm.deploy.UpResult;
import dev.berth.swarm.lock.ClusterLock;
import dev.berth.swarm.prepare.ProjectPreparation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "up",
        description = {"Deploy the project as environment NAME, or bring it up to date: images of build: services"
                + " built and sent to the nodes, then networks, configs and"
                + " secrets, then services in depends_on order, waiting for each condition. An unchanged service is"
                + " left alone; a changed one is updated; one the files no longer name is removed.",
                "Exits 0 when every service converged; otherwise names the failing service, its error, node and last"
                        + " log lines, and leaves the environment for inspection. Invalid input exits 2 and creates nothing.",
                "Before creating anything, checks that the environment fits: its tasks' reservations against what"
                        + " each node has free, placed as Swarm's scheduler would. When it does not fit, prints what"
                        + " does not and exits 3, creating nothing (--force deploys anyway)."},
        mixinStandardHelpOptions = true)
final class UpCommand implements Callable<Integer> {

    private final Invocation invocation;

    @Parameters(index = "0", paramLabel = "NAME", description = "Environment name (DNS-safe, e.g. shop-alice).")
    String name;

    @Mixin
    ProjectOptions project;

    @Mixin
    ClusterOptions cluster;

    @Mixin
    ServerOptions server;

    private static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

    @Option(names = {"-d", "--detach"}, description = "Return once every service was submitted in order; do not wait"
            + " for all to converge. Through a server: return once the server took the job.")
    boolean detach;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long to wait for dependencies and convergence (default: ${DEFAULT-VALUE}).")
    Duration timeout = DEFAULT_TIMEOUT;

    @Option(names = "--progress", paramLabel = "MODE", description = "auto, tty, plain or quiet (default: auto).")
    ProgressPrinter.Mode progress = ProgressPrinter.Mode.auto;

    @Option(names = "--ipvs", paramLabel = "auto|on|off",
            description = "Whether the cluster routes virtual IPs and the ingress mesh (needs IPVS on every node)."
                    + " auto probes once per cluster (default: ${DEFAULT-VALUE}).")
    String ipvs = "auto";

    @Option(names = "--probe-image", paramLabel = "IMAGE",
            description = "Image with busybox for the cluster probe (default: BERTH_PROBE_IMAGE or " + UpRequest.DEFAULT_PROBE_IMAGE + ").")
    String probeImage;

    @Option(names = "--force", description = "Deploy even when the environment does not fit on the cluster (admission"
            + " control), with a warning naming what does not fit.")
    boolean force;

    @Option(names = "--ttl", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Lifetime of the environment from now (e.g. 8h, 3d; 0 = no expiry); 'berth gc' removes it"
                    + " once expired. Default: a new environment gets environments.ttl of the configuration file"
                    + " (none unless set), an existing one keeps its expiry.")
    Duration ttl;

    @Option(names = "--wait-lock", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long to wait while another up or down of the same environment runs"
                    + " (default: environments.wait-lock of the configuration file, 2m).")
    Duration waitLock;

    UpCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() throws Exception {
        EnvironmentName env = EnvironmentNames.parse(name);
        String url = server.url(invocation);
        if (url != null) {
            ServerOptions.refuse("--wait-lock", waitLock != null, "the server waits as its configuration says");
            ServerOptions.refuse("--ipvs", !ipvs.equals("auto"), "the server routes as its configuration says");
            ServerOptions.refuse("--probe-image", probeImage != null, "the server probes with its own image");
            ServerOptions.refuse("--timeout", !timeout.equals(DEFAULT_TIMEOUT), "the server's jobs wait as long as it"
                    + " decides");
            return new ThroughServer(invocation, url).up(env, project, ttl == null ? null : ttl.toSeconds() + "s", force,
                    detach);
        }
        LoadResult loaded = ProjectLoading.load(invocation, project);
        // Berth's extensions and templates checked before the cluster is asked.
        ProjectPreparation.Checked checked = CompileSetup.check(invocation, project, loaded.project(), env);
        Boolean ipvsOn = ipvsSetting(invocation, ipvs);
        String image = probeImage != null ? probeImage
                : invocation.environment().getOrDefault("BERTH_PROBE_IMAGE", UpRequest.DEFAULT_PROBE_IMAGE);
        BerthConfig config = cluster.config(invocation);
        ProgressPrinter printer = new ProgressPrinter(invocation.out(), progress, System.console() != null);
        try (ClusterConnection connection = ClusterConnection.open(invocation, cluster)) {
            // Compile, build and distribute images before anything on the cluster changes, and before the lock:
            // a broken build context fails without asking the cluster; builds are tagged by content, so two ups
            // of one environment building at once make the same images.
            ProjectPreparation.Prepared prepared = CompileSetup.preparation(invocation, config)
                    .prepare(checked, connection.manager, connection.nodes, printer);
            if (prepared.images().registryAuth() != null) {
                connection.manager.useRegistryAuth(prepared.images().registryAuth());
            }
            Project deployed = prepared.project();
            try (ClusterLock.Held lock = CommandLocks.environment(invocation, connection.manager, env,
                    CommandLocks.waitLock(waitLock, cluster, invocation))) {
                Lifetimes lifetimes = new Lifetimes(connection.manager);
                Instant expires = lifetimes.forUp(env, ttl, config.environments().ttl(), Instant.now());
                UpRequest request = new UpRequest(env, deployed, invocation.environment(), detach, timeout,
                        invocation.environment().getOrDefault("USER", System.getProperty("user.name", "")),
                        expires, ipvsOn, image, config.network().pools(), config.ports(),
                        config.admission(), force, null);
                UpResult result = new SwarmDeployer(connection.manager, connection.nodes).up(request, lock, printer);
                // The expiry is no part of the spec hash: unchanged services get it by a label-only update.
                lifetimes.stamp(env, expires);
                return report(env, result, connection, expires);
            }
        } catch (AdmissionRefused refused) {
            invocation.err().println("berth: " + refused.getMessage() + "; nothing was created"
                    + " (--force deploys anyway):");
            AdmissionTable.print(AdmissionReport.refusalRows(env.value(), refused.result().refusals()), invocation.err());
            return ExitCodes.REFUSED;
        }
    }

    /**
     * --ipvs on|off, else BERTH_IPVS, else auto: true, false, or null to probe. A value that is
     * none of these is invalid input, never taken for auto.
     */
    static Boolean ipvsSetting(Invocation invocation, String ipvs) {
        String env = invocation.environment().get("BERTH_IPVS");
        boolean flag = !ipvs.equals("auto") || env == null || env.isBlank();
        String value = flag ? ipvs : env.trim();
        return switch (value) {
            case "on", "true" -> true;
            case "off", "false" -> false;
            case "auto" -> null;
            default -> throw new EnvironmentNames.InvalidArgument((flag ? "--ipvs" : "BERTH_IPVS") + " is \"" + value
                    + "\"; expected auto, on or off");
        };
    }

    private int report(EnvironmentName env, UpResult result, ClusterConnection connection, Instant expires) {
        if (!result.ok()) {
            invocation.err().println("berth: environment " + env + " did not converge: "
                    + String.join(", ", result.failures().stream().map(f -> f.service() + " failed").toList())
                    + (result.blocked().isEmpty() ? "" : "; not started: " + String.join(", ", result.blocked().keySet()))
                    + ". It is left in place for inspection: berth ps " + env + ", berth logs " + env);
            return ExitCodes.FAILURE;
        }
        invocation.out().println("environment " + env + " is " + (detach ? "submitted" : "up") + ": "
                + result.plan().changes().stream().filter(c -> c.kind().word().equals("service")).count() + " services"
                + (expires == null ? "" : "; expires " + expires + " (" + Ages.until(expires, Instant.now()) + ")"));
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
