package dev.berth.app;

import dev.berth.engine.EnvironmentName;
import dev.berth.swarm.deploy.EnvironmentQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "logs", description = "Show the logs of environment NAME's services (all, or those named), interleaved and"
        + " prefixed by service and replica like docker compose.", mixinStandardHelpOptions = true)
final class LogsCommand implements Callable<Integer> {

    private final Invocation invocation;

    @Parameters(index = "0", paramLabel = "NAME", description = "Environment name.")
    String name;

    @Parameters(index = "1..*", paramLabel = "SERVICE", description = "Only these services.")
    List<String> services = new ArrayList<>();

    @Mixin
    ClusterOptions cluster;

    @Mixin
    ServerOptions server;

    @Option(names = {"-f", "--follow"}, description = "Keep following new lines.")
    boolean follow;

    @Option(names = {"-n", "--tail"}, paramLabel = "N", description = "Lines from the end of each log, or all (default: ${DEFAULT-VALUE}).")
    String tail = "all";

    @Option(names = {"-t", "--timestamps"}, description = "Show timestamps.")
    boolean timestamps;

    LogsCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() throws Exception {
        EnvironmentName env = EnvironmentNames.parse(name);
        if (!tail.equals("all") && !tail.matches("\\d{1,9}")) {
            throw new EnvironmentNames.InvalidArgument("--tail is \"" + tail + "\"; expected a number of lines or all");
        }
        String url = server.url(invocation);
        if (url != null) {
            return new ThroughServer(invocation, url).logs(env, services, tail, follow);
        }
        try (ClusterConnection connection = ClusterConnection.open(invocation, cluster)) {
            new EnvironmentQueries(connection.manager).logs(env, services, tail, follow, timestamps, line -> {
                synchronized (invocation.out()) {
                    invocation.out().println(line.service() + (line.slot() > 0 ? "-" + line.slot() : "") + "  | " + line.text());
                    invocation.out().flush();
                }
            });
        }
        return ExitCodes.OK;
    }
}
