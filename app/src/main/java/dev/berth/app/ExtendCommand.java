package dev.berth.app;

import dev.berth.engine.EnvironmentName;
import dev.berth.engine.lifecycle.Expiry;
import dev.berth.swarm.deploy.Lifetimes;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extend",
        description = {"Push back when environment NAME expires by DURATION, counted from its current expiry (or from"
                + " now if it has already passed), so an extension never shortens a lifetime. Only the services'"
                + " labels change: no task restarts. An environment without expiry keeps none; give it one with"
                + " 'berth up NAME --ttl DURATION'.",
                "With --server (or BERTH_SERVER), the server extends it (the environment's team or an admin)."},
        mixinStandardHelpOptions = true)
final class ExtendCommand implements Callable<Integer> {

    private final Invocation invocation;

    @Parameters(index = "0", paramLabel = "NAME", description = "Environment name.")
    String name;

    @Parameters(index = "1", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How much longer, e.g. 4h, 1d, 30m.")
    Duration by;

    @Mixin
    ClusterOptions cluster;

    @Mixin
    ServerOptions server;

    @Option(names = "--wait-lock", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long to wait while an up or down of the environment runs (default: environments.wait-lock, 2m).")
    Duration waitLock;

    ExtendCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() throws Exception {
        EnvironmentName env = EnvironmentNames.parse(name);
        if (by.isZero()) {
            throw new EnvironmentNames.InvalidArgument("extend by a positive duration, such as 4h");
        }
        String url = server.url(invocation);
        if (url != null) {
            ServerOptions.refuse("--wait-lock", waitLock != null, "the server waits as its environments.wait-lock says");
            return new ThroughServer(invocation, url).extend(env, by);
        }
        try (ClusterConnection connection = ClusterConnection.open(invocation, cluster);
             var lock = CommandLocks.environment(invocation, connection.manager, env,
                     CommandLocks.waitLock(waitLock, cluster, invocation))) {
            Lifetimes lifetimes = new Lifetimes(connection.manager);
            if (!lifetimes.exists(env)) {
                invocation.err().println("berth: environment " + env + " does not exist (berth ls lists them)");
                return ExitCodes.FAILURE;
            }
            Instant now = Instant.now();
            Instant current = lifetimes.expiry(env);
            Instant next = Expiry.extend(current, by, now);
            if (next == null) {
                invocation.out().println("environment " + env + " never expires; give it a lifetime with 'berth up "
                        + env + " --ttl DURATION'");
                return ExitCodes.OK;
            }
            lifetimes.stamp(env, next);
            invocation.out().println("environment " + env + " expires " + next + " (" + Ages.until(next, now)
                    + "; was " + current + ")");
        }
        return ExitCodes.OK;
    }
}
