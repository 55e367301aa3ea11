package dev.berth.app;

import dev.berth.engine.Labels;
import dev.berth.engine.lifecycle.Expiry;
import dev.berth.swarm.deploy.EnvironmentQueries;
import dev.berth.swarm.deploy.EnvironmentQueries.EnvironmentSummary;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "ls", description = "List the environments on the cluster: name, project, services ready/total, age, owner, expiry.",
        mixinStandardHelpOptions = true)
final class LsCommand implements Callable<Integer> {

    private final Invocation invocation;

    @Mixin
    ClusterOptions cluster;

    @Mixin
    ServerOptions server;

    @Mixin
    TableFormat output;

    LsCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() throws Exception {
        String url = server.url(invocation);
        if (url != null) {
            return new ThroughServer(invocation, url).ls(output.format);
        }
        List<EnvironmentSummary> envs;
        try (ClusterConnection connection = ClusterConnection.open(invocation, cluster)) {
            envs = new EnvironmentQueries(connection.manager).list();
        }
        Instant now = Instant.now();
        if (output.format == TableFormat.Format.json) {
            invocation.out().println(TableFormat.JSON.writeValueAsString(envs.stream().map(e -> {
                Instant expires = Expiry.of(Map.of(Labels.EXPIRES, e.expires()));
                return new Row(e.name(), e.project(), e.ready(), e.total(),
                        e.created() == null ? null : e.created().toString(), e.owner(),
                        expires == null ? null : expires.toString(), Expiry.expired(expires, now));
            }).toList()));
            return ExitCodes.OK;
        }
        Table table = new Table("NAME", "PROJECT", "SERVICES", "CREATED", "OWNER", "EXPIRES");
        envs.forEach(e -> table.row(e.name(), e.project(), e.ready() + "/" + e.total(), Ages.since(e.created(), now),
                e.owner(), Ages.until(Expiry.of(Map.of(Labels.EXPIRES, e.expires())), now)));
        table.print(invocation.out());
        return ExitCodes.OK;
    }

    /** @param expires ISO-8601, null for never */
    record Row(String name, String project, int ready, int total, String created, String owner, String expires,
               boolean expired) {
    }
}
