package dev.berth.app;

import dev.berth.engine.EnvironmentName;
import dev.berth.swarm.client.SwarmClient;
import dev.berth.swarm.lock.ClusterLock;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

/** The cluster's locks as the commands take them, naming this user, host and process as holder. */
final class CommandLocks {

    private CommandLocks() {
    }

    static ClusterLock of(Invocation invocation, SwarmClient manager) {
        return new ClusterLock(manager, holder(invocation));
    }

    /** Takes the environment's lock, saying on stderr whom it waits for. */
    static ClusterLock.Held environment(Invocation invocation, SwarmClient manager, EnvironmentName env, Duration wait)
            throws InterruptedException {
        return of(invocation, manager).acquire(ClusterLock.environmentScope(env), "environment " + env, wait,
                message -> {
                    invocation.err().println("berth: " + message);
                    invocation.err().flush();
                });
    }

    /** {@code alice@build-7 (pid 4242)} */
    static String holder(Invocation invocation) {
        String user = invocation.environment().getOrDefault("USER", System.getProperty("user.name", "?"));
        return user + "@" + host(invocation) + " (pid " + ProcessHandle.current().pid() + ")";
    }

    private static String host(Invocation invocation) {
        String name = invocation.environment().get("HOSTNAME");
        if (name != null && !name.isBlank()) {
            return name;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "?";
        }
    }

    /** The --wait-lock option, else environments.wait-lock of the configuration file. */
    static Duration waitLock(Duration option, ClusterOptions cluster, Invocation invocation) {
        return option != null ? option : cluster.config(invocation).environments().waitLock();
    }
}
