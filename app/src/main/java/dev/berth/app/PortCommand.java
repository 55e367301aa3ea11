package dev.berth.app;

import dev.berth.engine.EnvironmentName;
import dev.berth.swarm.deploy.PublishedAddresses;
import dev.berth.swarm.deploy.PublishedAddresses.Binding;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "port",
        description = {"Print where a service of environment NAME answers on its published ports, as host:port"
                + " (like 'docker port'): one line per node that answers — the nodes running its tasks for a port"
                + " in host mode, every node for the ingress mesh. With PORT, only that port's addresses.",
                "With --server (or BERTH_SERVER), the server reads them from its cluster."},
        mixinStandardHelpOptions = true)
final class PortCommand implements Callable<Integer> {

    private final Invocation invocation;

    @Parameters(index = "0", paramLabel = "NAME", description = "Environment name.")
    String name;

    @Parameters(index = "1", paramLabel = "SERVICE", description = "The service's name in the compose files.")
    String service;

    @Parameters(index = "2", arity = "0..1", paramLabel = "PORT[/PROTOCOL]",
            description = "A target port of the service, e.g. 80 or 53/udp (tcp unless named).")
    String port;

    @Mixin
    ClusterOptions cluster;

    @Mixin
    ServerOptions server;

    PortCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() throws Exception {
        EnvironmentName env = EnvironmentNames.parse(name);
        if (port != null && (!port.matches("\\d{1,5}(/(tcp|udp|sctp))?")
                || Integer.parseInt(port.replaceAll("/.*", "")) < 1 || Integer.parseInt(port.replaceAll("/.*", "")) > 65535)) {
            throw new EnvironmentNames.InvalidArgument("expected PORT (1 to 65535) or PORT/PROTOCOL such as 80 or 53/udp,"
                    + " found \""
                    + port + "\"");
        }
        String url = server.url(invocation);
        if (url != null) {
            return new ThroughServer(invocation, url).port(env, service, port);
        }
        List<Binding> bindings;
        try (ClusterConnection connection = ClusterConnection.open(invocation, cluster)) {
            bindings = new PublishedAddresses(connection.manager).of(env, service, port);
        }
        for (Binding b : bindings) {
            for (String host : b.hosts()) {
                invocation.out().println((port == null ? b.port() + " -> " : "") + host + ":" + b.published());
            }
        }
        return ExitCodes.OK;
    }
}
