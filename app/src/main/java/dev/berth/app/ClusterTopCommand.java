package dev.berth.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.berth.engine.admission.Quantities;
import dev.berth.swarm.admission.ClusterTop;
import dev.berth.swarm.admission.NodeTop;
import dev.berth.swarm.client.SwarmClient;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "top",
        description = {"Show each node's capacity, what the tasks on it reserve, what its containers use now (read"
                + " from the node's own engine, where cluster.nodes or BERTH_NODE_HOSTS names it; '-' elsewhere),"
                + " and the environments with tasks on it.",
                "With --server (or BERTH_SERVER), as the server last read them (at most 10 s ago)."},
        mixinStandardHelpOptions = true)
final class ClusterTopCommand implements Callable<Integer> {

    private final Invocation invocation;

    @Mixin
    ClusterOptions cluster;

    @Mixin
    ServerOptions server;

    @Mixin
    TableFormat output;

    ClusterTopCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() throws Exception {
        String url = server.url(invocation);
        if (url != null) {
            return new ClusterThroughServer(invocation, url).top(output.format);
        }
        List<NodeTop> nodes;
        try (ClusterConnection connection = ClusterConnection.open(invocation, cluster)) {
            List<SwarmClient> engines = new ArrayList<>(connection.nodes);
            engines.add(0, connection.manager);
            nodes = ClusterTop.read(connection.manager, engines);
        }
        if (output.format == TableFormat.Format.json) {
            invocation.out().println(TableFormat.JSON.writeValueAsString(json(nodes)));
        } else {
            table(nodes, invocation.out());
        }
        return ExitCodes.OK;
    }

    static void table(List<NodeTop> nodes, PrintWriter out) {
        Table table = new Table("NODE", "ROLE", "CPUS", "MEMORY", "RESERVED CPU", "RESERVED MEMORY", "USED CPU",
                "USED MEMORY", "ENVIRONMENTS");
        for (NodeTop n : nodes) {
            long cpus = n.node().nanoCpus();
            long memory = n.node().memoryBytes();
            table.row(n.node().displayName(), n.node().role(), Quantities.cpus(cpus), Quantities.memory(memory),
                    Quantities.cpus(n.reservedNanoCpus()) + share(n.reservedNanoCpus(), cpus),
                    Quantities.memory(n.reservedMemory()) + share(n.reservedMemory(), memory),
                    n.usedNanoCpus() == null ? "-" : Quantities.cpus(n.usedNanoCpus()) + share(n.usedNanoCpus(), cpus),
                    n.usedMemory() == null ? "-" : Quantities.memory(n.usedMemory()) + share(n.usedMemory(), memory),
                    n.environments().isEmpty() ? "-" : String.join(",", n.environments()));
        }
        table.print(out);
    }

    private static String share(long part, long whole) {
        return whole <= 0 ? "" : " (" + Math.round(100.0 * part / whole) + "%)";
    }

    static ArrayNode json(List<NodeTop> nodes) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (NodeTop n : nodes) {
            var row = out.addObject();
            row.put("id", n.node().id()).put("hostname", n.node().hostname()).put("role", n.node().role())
                    .put("availability", n.node().availability()).put("state", n.node().state())
                    .put("nanoCpus", n.node().nanoCpus()).put("memoryBytes", n.node().memoryBytes())
                    .put("reservedNanoCpus", n.reservedNanoCpus()).put("reservedMemoryBytes", n.reservedMemory());
            if (n.usedNanoCpus() == null) {
                row.putNull("usedNanoCpus").putNull("usedMemoryBytes");
            } else {
                row.put("usedNanoCpus", n.usedNanoCpus()).put("usedMemoryBytes", n.usedMemory());
            }
            n.environments().forEach(row.putArray("environments")::add);
        }
        return out;
    }
}
