package dev.berth.app;

import dev.berth.engine.EnvironmentName;
import dev.berth.swarm.deploy.SwarmTeardown;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "down",
        description = {"Remove environment NAME: its services, then (once their containers are gone on every node"
                + " Berth can reach) its configs, secrets and networks. Returns only when nothing labelled with the"
                + " environment is left. Removing an environment that does not exist is no error.",
                "A node whose engine does not answer is skipped with a warning naming what is left there;"
                + " 'berth gc' removes it once the node is back."},
        mixinStandardHelpOptions = true)
final class DownCommand implements Callable<Integer> {

    private final Invocation invocation;

    @Parameters(index = "0", paramLabel = "NAME", description = "Environment name.")
    String name;

    @Mixin
    ClusterOptions cluster;

    @Mixin
    ServerOptions server;

    @Option(names = {"-v", "--volumes"}, description = "Also remove the environment's volumes (on every node Berth can reach).")
    boolean volumes;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long to wait for removal (default: ${DEFAULT-VALUE}).")
    Duration timeout = Duration.ofMinutes(5);

    @Option(names = "--progress", paramLabel = "MODE", description = "auto, tty, plain or quiet (default: auto).")
    ProgressPrinter.Mode progress = ProgressPrinter.Mode.plain;

    @Option(names = "--wait-lock", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long to wait while an up of the same environment runs"
                    + " (default: environments.wait-lock of the configuration file, 2m).")
    Duration waitLock;

    DownCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() throws Exception {
        EnvironmentName env = EnvironmentNames.parse(name);
        String url = server.url(invocation);
        if (url != null) {
            return new ThroughServer(invocation, url).down(env, volumes);
        }
        ProgressPrinter printer = new ProgressPrinter(invocation.out(), progress, false);
        try (ClusterConnection connection = ClusterConnection.open(invocation, cluster);
             var lock = CommandLocks.environment(invocation, connection.manager, env,
                     CommandLocks.waitLock(waitLock, cluster, invocation))) {
            boolean removed = new SwarmTeardown(connection.manager, connection.nodes).down(env, volumes, timeout, printer);
            invocation.out().println(removed ? "environment " + env + " removed" : "environment " + env + " does not exist");
        }
        return ExitCodes.OK;
    }
}
