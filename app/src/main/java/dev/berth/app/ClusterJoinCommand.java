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
import picocli.CommandLine.Parameters;

@Command(name = "join", mixinStandardHelpOptions = true,
        description = {"Make the engine (-H, else DOCKER_HOST, else the local one) join a swarm as a worker or a"
                + " manager, as the token says. The address to advertise is chosen as for init."})
final class ClusterJoinCommand implements Callable<Integer> {

    private final Invocation invocation;

    @Mixin
    ClusterOptions cluster;

    @Parameters(index = "0", paramLabel = "ADDR[:PORT]", description = "A manager's address (port 2377 by default).")
    String remote;

    @Option(names = "--token", required = true, paramLabel = "TOKEN",
            description = "The worker or manager token 'berth cluster init' printed (docker swarm join-token).")
    String token;

    @Option(names = "--advertise-addr", paramLabel = "ADDR", description = "Address other nodes reach this one at.")
    String advertiseAddr;

    @Option(names = "--probe-image", paramLabel = "IMAGE", description = ProbeImages.OPTION_HELP)
    String probeImage;

    ClusterJoinCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() throws Exception {
        if (!remote.matches("[A-Za-z0-9.\\-\\[\\]:]+")) {
            throw new EnvironmentNames.InvalidArgument("expected a manager's ADDR[:PORT], such as 10.0.0.1:2377, not " + remote);
        }
        try (SwarmClient engine = new SwarmClient(DockerEndpoint.from(cluster.host, invocation.environment()), SpecJson.mapper())) {
            SwarmSetup.JoinResult r = new SwarmSetup(engine, new HostReadings(ProbeImages.of(probeImage, invocation)))
                    .join(token, remote, advertiseAddr);
            invocation.out().println("The engine at " + engine.endpoint() + " joined the swarm at " + remote + " as a "
                    + (r.manager() ? "manager" : "worker") + ": node " + r.nodeId() + ", advertising " + r.advertiseAddr() + ".");
            if (!r.gwbridge()) {
                invocation.err().println("warning: docker_gwbridge did not appear on this node yet; run 'berth cluster"
                        + " doctor' once the node runs a task.");
            }
        }
        return ExitCodes.OK;
    }
}
