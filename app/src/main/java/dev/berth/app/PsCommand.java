package dev.berth.app;

import dev.berth.engine.EnvironmentName;
import dev.berth.swarm.deploy.EnvironmentQueries;
import dev.berth.swarm.deploy.EnvironmentQueries.TaskRow;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "ps", description = "List the tasks of environment NAME: service, node, state, health, published address, error.",
        mixinStandardHelpOptions = true)
final class PsCommand implements Callable<Integer> {

    private final Invocation invocation;

    @Parameters(index = "0", paramLabel = "NAME", description = "Environment name.")
    String name;

    @Mixin
    ClusterOptions cluster;

    @Mixin
    ServerOptions server;

    @Mixin
    TableFormat output;

    PsCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() throws Exception {
        EnvironmentName env = EnvironmentNames.parse(name);
        String url = server.url(invocation);
        if (url != null) {
            return new ThroughServer(invocation, url).ps(env, output.format);
        }
        List<TaskRow> rows;
        try (ClusterConnection connection = ClusterConnection.open(invocation, cluster)) {
            rows = new EnvironmentQueries(connection.manager).tasks(env);
        }
        if (output.format == TableFormat.Format.json) {
            invocation.out().println(TableFormat.JSON.writeValueAsString(rows.stream().map(r -> new Row(r.service(),
                    r.slot(), r.taskId(), r.node(), r.desired(), r.state(), r.health(), r.published(), r.error(),
                    r.since() == null ? null : r.since().toString())).toList()));
            return ExitCodes.OK;
        }
        Table table = new Table("SERVICE", "TASK", "NODE", "STATE", "HEALTH", "PUBLISHED", "ERROR");
        Instant now = Instant.now();
        for (TaskRow r : rows) {
            table.row(r.service() + (r.slot() > 0 ? "." + r.slot() : ""), r.taskId().substring(0, Math.min(12, r.taskId().length())),
                    r.node(), r.state() + " " + Ages.since(r.since(), now), r.health(), String.join(", ", r.published()),
                    r.error());
        }
        table.print(invocation.out());
        return ExitCodes.OK;
    }

    record Row(String service, int slot, String task, String node, String desired, String state, String health,
               List<String> published, String error, String since) {
    }
}
