package dev.berth.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.berth.swarm.deploy.EnvironmentQueries;
import dev.berth.swarm.deploy.EnvironmentQueries.EnvironmentSummary;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "ls", description = "List the environments on the cluster: name, project, services ready/total, age.",
        mixinStandardHelpOptions = true)
final class LsCommand implements Callable<Integer> {

    static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build()
            .enable(SerializationFeature.INDENT_OUTPUT).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    enum Format { table, json }

    private final Invocation invocation;

    @Mixin
    ClusterOptions cluster;

    @Mixin
    ServerOptions server;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format = Format.table;

    LsCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() throws Exception {
        String url = server.url(invocation);
        if (url != null) {
            return new ThroughServer(invocation, url).ls(format);
        }
        List<EnvironmentSummary> envs;
        try (ClusterConnection connection = ClusterConnection.open(invocation, cluster)) {
            envs = new EnvironmentQueries(connection.manager).list();
        }
        if (format == Format.json) {
            invocation.out().println(JSON.writeValueAsString(envs.stream().map(e -> new Row(e.name(), e.project(),
                    e.ready(), e.total(), e.created() == null ? null : e.created().toString(), e.owner(), e.expires())).toList()));
            return ExitCodes.OK;
        }
        Table table = new Table("NAME", "PROJECT", "SERVICES", "CREATED", "OWNER", "EXPIRES");
        Instant now = Instant.now();
        envs.forEach(e -> table.row(e.name(), e.project(), e.ready() + "/" + e.total(), Ages.since(e.created(), now),
                e.owner(), e.expires().isEmpty() ? "never" : e.expires()));
        table.print(invocation.out());
        return ExitCodes.OK;
    }

    record Row(String name, String project, int ready, int total, String created, String owner, String expires) {
    }
}
