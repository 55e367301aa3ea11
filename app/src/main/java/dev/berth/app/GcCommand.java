package dev.berth.app;

import dev.berth.engine.config.BerthConfig;
import dev.berth.engine.gc.Removal;
import dev.berth.swarm.gc.GarbageCollection;
import dev.berth.swarm.gc.GarbageCollection.NodeReport;
import dev.berth.swarm.gc.GarbageCollection.Report;
import dev.berth.swarm.lock.ClusterLock;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "gc",
        description = {"Collect garbage on the cluster: remove expired environments (as 'down --volumes' does), then on"
                + " every node whose engine Berth can reach remove stopped containers of Berth whose environment or"
                + " service is gone, volumes of environments that are gone, and images no container or service uses"
                + " that arrived longer ago than gc.image-age (gc.dangling-age for untagged ones), except"
                + " gc.keep-images. Nothing without Berth's labels is removed but such images.",
                "Safe from cron: non-interactive, idempotent, exits 0 when there is nothing to do; one gc runs at a"
                        + " time.",
                "A node whose engine does not answer is skipped and named; everything else is collected, and gc exits 4.",
                "With --server (or BERTH_SERVER), the server's gc runs as a job (admins only) and its removals are"
                        + " printed as it goes, then its summary."},
        mixinStandardHelpOptions = true)
final class GcCommand implements Callable<Integer> {

    private final Invocation invocation;

    @Mixin
    ClusterOptions cluster;

    @Mixin
    ServerOptions server;

    @Option(names = "--dry-run", description = "Only show what would be removed.")
    boolean dryRun;

    @Mixin
    TableFormat output;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long to wait for each expired environment's removal (default: 5m).")
    Duration timeout;

    @Option(names = "--wait-lock", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long to wait while another gc runs (default: environments.wait-lock, 2m).")
    Duration waitLock;

    GcCommand(Invocation invocation) {
        this.invocation = invocation;
    }

    @Override
    public Integer call() throws Exception {
        String url = server.url(invocation);
        if (url != null) {
            ServerOptions.refuse("--format json", output.format == TableFormat.Format.json, "the server's gc reports as its"
                    + " job's events, without the per-node figures");
            ServerOptions.refuse("--timeout", timeout != null,
                    "the server gives each expired environment's removal its own limit (5m)");
            ServerOptions.refuse("--wait-lock", waitLock != null,
                    "the server waits as its environments.wait-lock says");
            return new ClusterThroughServer(invocation, url).gc(dryRun);
        }
        BerthConfig config = cluster.config(invocation);
        boolean json = output.format == TableFormat.Format.json;
        ProgressPrinter progress = new ProgressPrinter(json ? invocation.err() : invocation.out(),
                ProgressPrinter.Mode.plain, false);
        Report report;
        try (ClusterConnection connection = ClusterConnection.open(invocation, cluster)) {
            ClusterLock locks = CommandLocks.of(invocation, connection.manager);
            try (ClusterLock.Held lock = locks.acquire(ClusterLock.GC, "berth gc", CommandLocks.waitLock(waitLock,
                    cluster, invocation), message -> invocation.err().println("berth: " + message))) {
                report = new GarbageCollection(connection.manager, connection.nodes, locks)
                        .run(config.gc(), dryRun, timeout == null ? Duration.ofMinutes(5) : timeout, progress);
            }
        }
        if (json) {
            invocation.out().println(TableFormat.JSON.writeValueAsString(GcJson.of(report, dryRun)));
        } else {
            print(report);
        }
        List<NodeReport> unreachable = report.unreachable();
        if (!unreachable.isEmpty()) {
            invocation.err().println("warning: " + unreachable.size() + " node(s) not collected, their engine did not"
                    + " answer: " + String.join(", ", unreachable.stream().map(NodeReport::node).toList())
                    + "; exit code " + ExitCodes.INCOMPLETE);
        }
        return ExitCodes.of(report);
    }

    void print(Report report) {
        PrintWriter out = invocation.out();
        String verb = dryRun ? "would remove" : "removed";
        report.skipped().forEach(s -> out.println("skipped environment " + s));
        report.unreachable().forEach(n -> out.println(n.skippedLine(dryRun)));
        if (report.nothing()) {
            out.println(dryRun ? "nothing to collect" : "nothing to collect; nothing removed");
            return;
        }
        report.expired().forEach(e -> out.println(verb + " expired environment " + e));
        for (NodeReport n : report.nodes()) {
            for (Removal r : n.removed()) {
                out.println(verb + " " + r.kind().name().toLowerCase(Locale.ROOT) + " " + r.name() + " on " + n.node()
                        + " (" + r.reason() + ")");
            }
            n.refused().forEach(r -> out.println("left " + r + " on " + n.node()));
        }
        out.println();
        Table table = new Table("NODE", "CONTAINERS", "IMAGES", "VOLUMES", dryRun ? "RECLAIMABLE" : "RECLAIMED");
        long containers = 0;
        long images = 0;
        long volumes = 0;
        for (NodeReport n : report.nodes()) {
            if (n.unreachable() != null && n.removed().isEmpty()) {
                table.row(n.node(), "-", "-", "-", "unreachable");
                continue;
            }
            table.row(n.node(), "" + n.count(Removal.Kind.CONTAINER), "" + n.count(Removal.Kind.IMAGE),
                    "" + n.count(Removal.Kind.VOLUME), Bytes.text(n.bytes()));
            containers += n.count(Removal.Kind.CONTAINER);
            images += n.count(Removal.Kind.IMAGE);
            volumes += n.count(Removal.Kind.VOLUME);
        }
        table.row("total", "" + containers, "" + images, "" + volumes, Bytes.text(report.bytes()));
        table.print(out);
    }

    /** {@code berth gc --format json}. */
    record GcJson(boolean dryRun, List<String> expired, List<String> skipped, List<Node> nodes, Total total) {
        /** @param unreachable why the node's engine did not answer, or null */
        record Node(String node, long containers, long images, long volumes, long bytes, List<Removal> removed,
                    List<String> refused, String unreachable) {
        }

        record Total(long containers, long images, long volumes, long bytes) {
        }

        static GcJson of(Report report, boolean dryRun) {
            List<Node> nodes = report.nodes().stream().map(n -> new Node(n.node(), n.count(Removal.Kind.CONTAINER),
                    n.count(Removal.Kind.IMAGE), n.count(Removal.Kind.VOLUME), n.bytes(), n.removed(), n.refused(),
                    n.unreachable()))
                    .toList();
            Total total = new Total(nodes.stream().mapToLong(Node::containers).sum(),
                    nodes.stream().mapToLong(Node::images).sum(), nodes.stream().mapToLong(Node::volumes).sum(),
                    report.bytes());
            return new GcJson(dryRun, report.expired(), report.skipped(), nodes, total);
        }
    }
}
