package dev.berth.app;

import dev.berth.swarm.client.Observed.EngineInfo;
import dev.berth.swarm.client.Observed.NodeState;
import dev.berth.swarm.cluster.NodeListing;
import dev.berth.swarm.cluster.NodeListing.EngineAnswer;
import dev.berth.swarm.cluster.NodeListing.NodeRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "nodes", mixinStandardHelpOptions = true,
        description = {"List the swarm's nodes: ID, hostname, role, availability, status, manager status, address,"
                + " engine version, CPUs, memory, labels, and whether Berth reaches the node's own engine"
                + " (yes, no, or not configured under cluster.nodes / BERTH_NODE_HOSTS).",
                "With --server (or BERTH_SERVER), the nodes as the server sees them; ENGINE API then says whether the"
                        + " server reads the node's engine (yes or unknown)."})
final class ClusterNodesCommand implements Callable<Integer> {

    private final Invocation invocation;

    @Mixin
    ClusterOptions cluster;

    @Mixin
    ServerOptions server;

    @Mixin
    TableFormat output;

    ClusterNodesCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() throws Exception {
        String url = server.url(invocation);
        if (url != null) {
            return new ClusterThroughServer(invocation, url).nodes(output.format);
        }
        List<NodeState> nodes;
        List<EngineAnswer> answers = new ArrayList<>();
        try (ClusterConnection connection = ClusterConnection.open(invocation, cluster)) {
            EngineInfo info = connection.manager.info();
            if (!info.controlAvailable()) {
                throw new IllegalStateException("the engine at " + connection.manager.endpoint() + " is not a swarm manager"
                        + (info.inSwarm() ? " (a worker)" : " (in no swarm)") + "; point --host at a manager");
            }
            nodes = connection.manager.nodes();
            answers.add(new EngineAnswer(connection.manager.endpoint().toString(), "", info.nodeId()));
            for (int i = 0; i < connection.nodes.size(); i++) {
                answers.add(NodeListing.ask(connection.nodes.get(i), connection.nodeNames.get(i)));
            }
        }
        List<NodeRow> rows = NodeListing.rows(nodes, answers);
        if (output.format == TableFormat.Format.json) {
            invocation.out().println(TableFormat.JSON.writeValueAsString(rows));
        } else {
            print(rows, invocation.out());
        }
        for (NodeRow r : rows) {
            if (r.engineError() != null) {
                invocation.err().println("note: the engine of node " + r.hostname() + " at " + r.endpoint()
                        + " does not answer: " + r.engineError());
            }
        }
        for (EngineAnswer stranger : NodeListing.strangers(nodes, answers)) {
            invocation.err().println("note: the engine at " + stranger.endpoint() + " is "
                    + (stranger.nodeId().isEmpty() ? "in no swarm" : "not a node of this swarm"));
        }
        return ExitCodes.OK;
    }

    static void print(List<NodeRow> rows, java.io.PrintWriter out) {
        Table table = new Table("ID", "HOSTNAME", "ROLE", "AVAILABILITY", "STATUS", "MANAGER", "ADDRESS", "ENGINE",
                "CPUS", "MEMORY", "LABELS", "ENGINE API");
        for (NodeRow r : rows) {
            table.row(r.id().length() > 12 ? r.id().substring(0, 12) : r.id(), r.hostname(), r.role(), r.availability(),
                    r.status(), r.managerStatus(), r.address(), r.engineVersion(), cpus(r.cpus()), memory(r.memoryBytes()),
                    r.labels().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(",")),
                    r.engine());
        }
        table.print(out);
    }

    static String cpus(double cpus) {
        return cpus == Math.rint(cpus) ? Long.toString((long) cpus) : String.format(Locale.ROOT, "%.1f", cpus);
    }

    static String memory(long bytes) {
        return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1fGiB", bytes / (double) (1L << 30))
                : (bytes >> 20) + "MiB";
    }
}
