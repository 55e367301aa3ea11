package dev.berth.app;

import dev.berth.engine.config.BerthConfig;
import dev.berth.engine.config.BuildSettings;
import dev.berth.swarm.build.RegistryCredentials;
import dev.berth.swarm.doctor.Check;
import dev.berth.swarm.doctor.Doctor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Check the cluster and say how to fix what is wrong: node engines, managers and quorum, engine"
                + " versions, clock skew, disk and memory, docker_gwbridge, subnets against routes, virtual IPs and the"
                + " routing mesh, overlay traffic between every pair of nodes, DNS in the overlay, and the registry.",
                "Probe containers and services carry Berth's labels, have unique names and are removed afterwards;"
                        + " nothing else is changed. Exits 1 when a check fails.",
                "With --server (or BERTH_SERVER), the server runs the checks against its cluster; that needs a"
                        + " member or an admin, since the probes are created there."})
final class ClusterDoctorCommand implements Callable<Integer> {

    private final Invocation invocation;

    @Mixin
    ClusterOptions cluster;

    @Mixin
    ServerOptions server;

    @Option(names = "--json", description = "Print the checks as JSON.")
    boolean json;

    @Option(names = "--probe-image", paramLabel = "IMAGE", description = ProbeImages.OPTION_HELP)
    String probeImage;

    ClusterDoctorCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() throws Exception {
        String url = server.url(invocation);
        if (url != null) {
            ServerOptions.refuse("--probe-image", probeImage != null, "the server probes with its own image");
            return new ClusterThroughServer(invocation, url).doctor(json);
        }
        Doctor.Registry registry = registry(cluster.config(invocation), invocation);
        List<Check> checks;
        try (ClusterConnection connection = ClusterConnection.open(invocation, cluster)) {
            List<Doctor.NodeEngine> engines = new ArrayList<>();
            engines.add(new Doctor.NodeEngine("", connection.manager));
            for (int i = 0; i < connection.nodes.size(); i++) {
                engines.add(new Doctor.NodeEngine(connection.nodeNames.get(i), connection.nodes.get(i)));
            }
            checks = new Doctor(connection.manager, engines, ProbeImages.of(probeImage, invocation),
                    registry).run();
        }
        if (json) {
            invocation.out().println(DoctorPrinter.json(checks));
        } else {
            DoctorPrinter.text(checks, invocation.out());
        }
        return DoctorPrinter.failed(checks) ? ExitCodes.FAILURE : ExitCodes.OK;
    }

    /**
     * The registry to check from build.registry, with the credentials up pushes with
     * ({@link RegistryCredentials}); refused as up refuses them (an unset password-env, a missing
     * or failing credential helper). Null without build.registry.
     */
    static Doctor.Registry registry(BerthConfig config, Invocation invocation) {
        BuildSettings.Registry r = config.build().registry();
        if (r == null) {
            return null;
        }
        return Doctor.Registry.of(RegistryCredentials.resolve(r, invocation.environment()));
    }

    /** For the server's doctor: refused at start as {@link #registry} is, then asked again on each run. */
    static Doctor.Registry serverRegistry(BerthConfig config, Invocation invocation) {
        if (registry(config, invocation) == null) {
            return null;
        }
        BuildSettings.Registry r = config.build().registry();
        return new Doctor.Registry(r.address(), () -> RegistryCredentials.resolve(r, invocation.environment()));
    }
}
