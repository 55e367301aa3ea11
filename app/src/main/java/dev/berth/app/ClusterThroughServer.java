package dev.berth.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.berth.engine.admission.NodeCapacity;
import dev.berth.swarm.admission.NodeTop;
import dev.berth.swarm.cluster.NodeListing.NodeRow;
import dev.berth.swarm.doctor.Check;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * gc, cluster nodes, cluster top and cluster doctor through a Berth server: the server's answers
 * printed as the command line prints its own, as far as they carry it.
 */
final class ClusterThroughServer {

    private final Invocation invocation;
    private final ServerClient client;

    ClusterThroughServer(Invocation invocation, String url) {
        this.invocation = invocation;
        this.client = new ServerClient(url, ServerToken.resolve(invocation));
    }

    /**
     * The server's gc job (admins only): what it removes as it goes, then its summary; exits 4, as
     * a local gc does, when the server skipped a node whose engine did not answer.
     */
    int gc(boolean dryRun) {
        JsonNode job = client.post("/gc" + (dryRun ? "?dryRun=true" : ""), null).path("job");
        String id = job.path("id").asText();
        invocation.out().println("job " + id + ": gc" + (dryRun ? " (dry run)" : ""));
        boolean[] skipped = {false};
        int code = ServerJobs.follow(invocation, client, id, data -> {
            skipped[0] |= data.hasNonNull("skippedNode");
            return data.path("message").asText();
        });
        return code == ExitCodes.OK && skipped[0] ? ExitCodes.INCOMPLETE : code;
    }

    /** The nodes as the server sees them; ENGINE API is yes where the server reads the node's engine. */
    int nodes(TableFormat.Format format) throws IOException {
        List<NodeRow> rows = new ArrayList<>();
        for (JsonNode n : client.get("/cluster/nodes")) {
            Map<String, String> labels = new TreeMap<>();
            n.path("labels").fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
            rows.add(new NodeRow(n.path("id").asText(), n.path("hostname").asText(), n.path("role").asText(),
                    n.path("availability").asText(), n.path("state").asText(), n.path("managerStatus").asText(""),
                    n.path("address").asText(""), n.path("engineVersion").asText(""), n.path("cpus").asDouble(),
                    n.path("memoryBytes").asLong(), labels, n.path("usedCpus").isNumber() ? "yes" : "unknown", "", null));
        }
        rows.sort(Comparator.comparing((NodeRow r) -> !r.role().equals("manager")).thenComparing(NodeRow::hostname)
                .thenComparing(NodeRow::id));
        if (format == TableFormat.Format.json) {
            invocation.out().println(TableFormat.JSON.writeValueAsString(rows));
        } else {
            ClusterNodesCommand.print(rows, invocation.out());
        }
        return ExitCodes.OK;
    }

    /** What the tasks on each node reserve and its containers use, as the server last read them. */
    int top(TableFormat.Format format) throws IOException {
        List<NodeTop> nodes = new ArrayList<>();
        for (JsonNode n : client.get("/cluster/nodes")) {
            NodeCapacity node = new NodeCapacity(n.path("id").asText(), n.path("hostname").asText(),
                    n.path("role").asText(), n.path("availability").asText(), n.path("state").asText(), Map.of(),
                    Map.of(), "", "", nanos(n.path("cpus")), n.path("memoryBytes").asLong());
            List<String> environments = new ArrayList<>();
            n.path("environments").forEach(e -> environments.add(e.asText()));
            boolean used = n.path("usedCpus").isNumber();
            nodes.add(new NodeTop(node, nanos(n.path("reservedCpus")), n.path("reservedMemoryBytes").asLong(),
                    used ? nanos(n.path("usedCpus")) : null, used ? n.path("usedMemoryBytes").asLong() : null,
                    environments));
        }
        if (format == TableFormat.Format.json) {
            invocation.out().println(TableFormat.JSON.writeValueAsString(ClusterTopCommand.json(nodes)));
        } else {
            ClusterTopCommand.table(nodes, invocation.out());
        }
        return ExitCodes.OK;
    }

    /** The server's doctor (members and admins: it creates probe services); exits 1 when a check fails. */
    int doctor(boolean json) throws IOException {
        List<Check> checks = new ArrayList<>();
        for (JsonNode c : client.get("/cluster/doctor").path("checks")) {
            checks.add(new Check(c.path("name").asText(), status(c.path("status").asText()), c.path("detail").asText(""),
                    c.path("fix").asText("")));
        }
        if (json) {
            invocation.out().println(DoctorPrinter.json(checks));
        } else {
            DoctorPrinter.text(checks, invocation.out());
        }
        return DoctorPrinter.failed(checks) ? ExitCodes.FAILURE : ExitCodes.OK;
    }

    private static Check.Status status(String text) {
        for (Check.Status s : Check.Status.values()) {
            if (s.name().toLowerCase(Locale.ROOT).equals(text)) {
                return s;
            }
        }
        throw new IllegalStateException("the server's doctor answered a check with status \"" + text
                + "\"; expected pass, warn, fail or skip");
    }

    private static long nanos(JsonNode cpus) {
        return Math.round(cpus.asDouble() * 1e9);
    }
}
