package dev.berth.app;

import dev.berth.engine.network.Cidr;
import dev.berth.swarm.client.DockerEndpoint;
import dev.berth.swarm.client.SwarmClient;
import dev.berth.swarm.cluster.HostReadings;
import dev.berth.swarm.cluster.SetupRefused;
import dev.berth.swarm.cluster.SwarmSetup;
import dev.berth.swarm.spec.SpecJson;
import java.io.BufferedReader;
import java.io.Console;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Make the engine (-H, else DOCKER_HOST, else the local one) the first manager of a new swarm.",
                "Advertises the one address other nodes can reach; on a host with several it lists them and asks"
                        + " which one on a terminal, or for --advertise-addr elsewhere (exit 2). Picks a default address pool that overlaps no route of the host"
                        + " and none of Berth's pools, checks docker_gwbridge, and prints the join commands."})
final class ClusterInitCommand implements Callable<Integer> {

    private final Invocation invocation;

    @Mixin
    ClusterOptions cluster;

    @Option(names = "--advertise-addr", paramLabel = "ADDR", description = "Address other nodes reach this one at.")
    String advertiseAddr;

    @Option(names = "--default-addr-pool", paramLabel = "CIDR",
            description = "Pool for overlay networks that name no subnet (repeatable; default: a free private /16).")
    List<String> pools = new ArrayList<>();

    @Option(names = "--default-addr-pool-mask-length", paramLabel = "N",
            description = "Prefix length of each network taken from the pool (default: 24).")
    Integer maskLength;

    @Option(names = "--probe-image", paramLabel = "IMAGE", description = ProbeImages.OPTION_HELP)
    String probeImage;

    ClusterInitCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() throws Exception {
        List<Cidr> parsed = new ArrayList<>();
        for (String p : pools) {
            try {
                parsed.add(Cidr.parse(p));
            } catch (IllegalArgumentException e) {
                throw new EnvironmentNames.InvalidArgument("--default-addr-pool: " + e.getMessage());
            }
        }
        if (maskLength != null && (maskLength < 8 || maskLength > 29
                || parsed.stream().anyMatch(p -> p.prefix() > maskLength))) {
            throw new EnvironmentNames.InvalidArgument("--default-addr-pool-mask-length must be 8 to 29 and no shorter"
                    + " than the pool's own prefix, not " + maskLength);
        }
        List<Cidr> berthPools = cluster.config(invocation).network().pools();
        try (SwarmClient engine = new SwarmClient(DockerEndpoint.from(cluster.host, invocation.environment()), SpecJson.mapper())) {
            SwarmSetup setup = new SwarmSetup(engine, new HostReadings(ProbeImages.of(probeImage, invocation)));
            SwarmSetup.InitResult r;
            try {
                r = setup.init(new SwarmSetup.InitRequest(advertiseAddr, parsed, maskLength, berthPools));
            } catch (SetupRefused refused) {
                // Several addresses: on a terminal, ask; elsewhere the refusal lists them (exit 2).
                Console console = System.console();
                String chosen = refused.candidates().isEmpty() || console == null ? null
                        : AddressPrompt.ask(refused.candidates(), new BufferedReader(console.reader()), invocation.out());
                if (chosen == null) {
                    throw refused;
                }
                r = setup.init(new SwarmSetup.InitRequest(chosen, parsed, maskLength, berthPools));
            }
            print(engine, r);
        }
        return ExitCodes.OK;
    }

    private void print(SwarmClient engine, SwarmSetup.InitResult r) {
        PrintWriter out = invocation.out();
        out.println("Swarm initialised on " + engine.endpoint() + ": node " + r.nodeId() + " is its first manager,"
                + " advertising " + r.managerAddress() + ".");
        out.println("Overlay networks that name no subnet get /" + r.maskLength() + "s from " + joined(r.pools())
                + (r.poolChosen() ? " (overlaps no route of this host and none of Berth's pools)." : "."));
        if (r.gwbridge()) {
            out.println("docker_gwbridge: present.");
        } else {
            invocation.err().println("warning: docker_gwbridge did not appear on this node; tasks on overlay networks"
                    + " may have no way out. Run 'berth cluster doctor'.");
        }
        out.println();
        out.println("To add a worker, run against its engine (-H):");
        out.println("  berth cluster join --token " + r.workerToken() + " " + r.managerAddress());
        out.println("To add a manager:");
        out.println("  berth cluster join --token " + r.managerToken() + " " + r.managerAddress());
    }

    private static String joined(List<Cidr> pools) {
        return String.join(", ", pools.stream().map(Cidr::toString).toList());
    }
}
