package dev.berth.app;

import dev.berth.swarm.client.DockerEndpoint;
import dev.berth.swarm.client.SwarmClient;
import dev.berth.swarm.cluster.HostReadings;
import dev.berth.swarm.cluster.SwarmSetup;
import dev.berth.swarm.spec.SpecJson;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "leave", mixinStandardHelpOptions = true,
        description = "Make the engine (-H, else DOCKER_HOST, else the local one) leave its swarm.")
final class ClusterLeaveCommand implements Callable<Integer> {

    private final Invocation invocation;

    @Mixin
    ClusterOptions cluster;

    @Option(names = "--force", description = "Leave even as a manager (the last manager's leaving ends the swarm).")
    boolean force;

    ClusterLeaveCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() {
        try (SwarmClient engine = new SwarmClient(DockerEndpoint.from(cluster.host, invocation.environment()), SpecJson.mapper())) {
            boolean left = new SwarmSetup(engine, new HostReadings(ProbeImages.of(null, invocation))).leave(force);
            invocation.out().println(left ? "The engine at " + engine.endpoint() + " left its swarm."
                    : "The engine at " + engine.endpoint() + " is in no swarm; nothing to do.");
        }
        return ExitCodes.OK;
    }
}
