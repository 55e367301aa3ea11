package dev.berth.swarm.gc;

import dev.berth.engine.EnvironmentName;
import dev.berth.engine.config.GcSettings;
import dev.berth.engine.deploy.DeployEvent;
import dev.berth.engine.deploy.DeployListener;
import dev.berth.engine.gc.ExpiredEnvironments;
import dev.berth.engine.gc.GcRules;
import dev.berth.engine.gc.GcSelection;
import dev.berth.engine.gc.NodeContents;
import dev.berth.engine.gc.Removal;
import dev.berth.engine.lock.LockHolder;
import dev.berth.swarm.client.EngineException;
import dev.berth.swarm.client.EngineUnreachableException;
import dev.berth.swarm.client.Observed.ServiceState;
import dev.berth.swarm.client.SwarmClient;
import dev.berth.swarm.deploy.EngineReach;
import dev.berth.swarm.deploy.Lifetimes;
import dev.berth.swarm.deploy.SwarmTeardown;
import dev.berth.swarm.lock.ClusterLock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code berth gc}, in order: remove expired environments (as {@code down --volumes} does), then
 * on every engine Berth can reach select what is garbage ({@link GcSelection}) and remove it. The
 * caller holds the gc lock; an environment whose own lock is held (an up or down runs) is left for
 * the next run. A node whose engine does not answer is skipped and reported ({@link NodeReport#unreachable()}):
 * everything else is still collected.
 */
public final class GarbageCollection {

    /** What one run did, or with a dry run would do. */
    public record Report(List<String> expired, List<String> skipped, List<NodeReport> nodes) {
        public long bytes() {
            return nodes.stream().mapToLong(NodeReport::bytes).sum();
        }

        public boolean nothing() {
            return expired.isEmpty() && nodes.stream().allMatch(n -> n.removed().isEmpty());
        }

        /** The nodes whose engine did not answer: nothing, or not everything, was collected there. */
        public List<NodeReport> unreachable() {
            return nodes.stream().filter(n -> n.unreachable() != null).toList();
        }
    }

    /**
     * @param refused what the engine would not remove (in use meanwhile), with why
     * @param unreachable why the node's engine did not answer (gc skipped the rest of that node), or null
     */
    public record NodeReport(String node, List<Removal> removed, List<String> refused, String unreachable) {
        static NodeReport unreachable(String node, String reason) {
            return new NodeReport(node, List.of(), List.of(), reason);
        }

        /** gc's line for a node whose engine did not answer, in the words of the command line and the server. */
        public String skippedLine(boolean dryRun) {
            String done = removed.isEmpty() ? (dryRun ? "nothing would be removed there" : "nothing removed there")
                    : "the rest of it is left";
            return "skipped node " + node + ": unreachable: " + unreachable + "; " + done
                    + " (the next gc collects it once its engine answers)";
        }

        public long count(Removal.Kind kind) {
            return removed.stream().filter(r -> r.kind() == kind).count();
        }

        public long bytes() {
            return removed.stream().mapToLong(Removal::bytes).sum();
        }
    }

    private final SwarmClient manager;
    private final List<SwarmClient> nodes;
    private final ClusterLock locks;

    public GarbageCollection(SwarmClient manager, List<SwarmClient> nodes, ClusterLock locks) {
        this.manager = manager;
        this.nodes = List.copyOf(nodes);
        this.locks = locks;
    }

    public Report run(GcSettings settings, boolean dryRun, Duration timeout, DeployListener listener)
            throws InterruptedException {
        Lifetimes lifetimes = new Lifetimes(manager);
        List<String> expired = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        EngineReach reach = new EngineReach();
        for (String name : ExpiredEnvironments.select(lifetimes.all(), Instant.now())) {
            EnvironmentName env = new EnvironmentName(name);
            if (dryRun) {
                expired.add(name);
                continue;
            }
            try (ClusterLock.Held lock = locks.tryAcquire(ClusterLock.environmentScope(env))) {
                if (lock == null) {
                    skipped.add(name + ": an up or down of it runs; left for the next gc");
                    continue;
                }
                new SwarmTeardown(manager, nodes, reach).down(env, true, timeout, listener);
                expired.add(name);
                listener.on(new DeployEvent.Notice("environment " + name + " expired and is removed"));
            }
        }
        if (nodes.isEmpty()) {
            listener.on(new DeployEvent.Notice("only the manager's engine is collected: Berth knows no other node's"
                    + " engine (set cluster.nodes in the configuration file, or BERTH_NODE_HOSTS)"));
        }
        GcRules rules = rules(settings, Set.copyOf(expired), dryRun);
        List<NodeReport> reports = new ArrayList<>();
        for (SwarmClient engine : engines()) {
            reports.add(collect(engine, settings, rules, dryRun, reach));
        }
        return new Report(expired, skipped, reports);
    }

    private NodeReport collect(SwarmClient engine, GcSettings settings, GcRules rules, boolean dryRun,
                               EngineReach reach) {
        String node = engine.endpoint().toString();
        if (reach.reason(engine) != null) {
            return NodeReport.unreachable(node, reach.reason(engine));
        }
        List<Removal> selected;
        try {
            selected = GcSelection.select(NodeObservation.of(engine, settings, rules.now()), rules);
        } catch (EngineUnreachableException e) {
            return NodeReport.unreachable(node, e.reason());
        }
        return dryRun ? new NodeReport(node, selected, List.of(), null) : remove(engine, selected);
    }

    /** The cluster as every node's selection sees it; a dry run counts expired environments as gone. */
    private GcRules rules(GcSettings settings, Set<String> expired, boolean dryRun) {
        Set<String> living = new HashSet<>(new Lifetimes(manager).all().keySet());
        if (dryRun) {
            living.removeAll(expired);
        }
        for (var lock : locks.all()) {
            String scope = lock.labels().getOrDefault(LockHolder.SCOPE, "");
            LockHolder holder = LockHolder.of(lock.labels());
            if (scope.startsWith("env.") && holder != null && !holder.leaseOver(Instant.now())) {
                living.add(scope.substring(4));
            }
        }
        Set<String> serviceIds = new HashSet<>();
        Set<String> images = new HashSet<>();
        for (ServiceState s : manager.services(Map.of())) {
            serviceIds.add(s.id());
            String image = s.spec().path("TaskTemplate").path("ContainerSpec").path("Image").asText("");
            if (!image.isEmpty()) {
                images.add(image);
            }
        }
        return new GcRules(living, serviceIds, images, settings.imageAge(), settings.danglingAge(),
                settings.keepImages(), Instant.now());
    }

    /** Stops at the first call the engine does not answer; what it removed until then is reported. */
    private NodeReport remove(SwarmClient engine, List<Removal> selected) {
        List<Removal> removed = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        String unreachable = null;
        for (Removal r : selected) {
            try {
                boolean done = switch (r.kind()) {
                    case CONTAINER -> {
                        engine.local().removeContainer(r.id());
                        yield true;
                    }
                    case IMAGE -> removeImage(engine, r);
                    case VOLUME -> {
                        engine.local().removeVolume(r.id());
                        yield true;
                    }
                };
                if (done) {
                    removed.add(r);
                } else {
                    refused.add(r.kind().name().toLowerCase() + " " + r.name() + ": in use");
                }
            } catch (EngineException e) {
                refused.add(r.kind().name().toLowerCase() + " " + r.name() + ": " + e.getMessage());
            } catch (EngineUnreachableException e) {
                unreachable = e.reason();
                break;
            }
        }
        return new NodeReport(engine.endpoint().toString(), removed, refused, unreachable);
    }

    /** By each tag, then by ID: removing by ID an image with several tags needs force, which Berth never uses. */
    private static boolean removeImage(SwarmClient engine, Removal r) {
        if (!r.name().contains(":")) {
            return engine.images().removeUnused(r.id());
        }
        for (String tag : r.name().split(", ")) {
            if (!engine.images().removeUnused(tag)) {
                return false;
            }
        }
        return engine.images().removeUnused(r.id());
    }

    private List<SwarmClient> engines() {
        Map<String, SwarmClient> byEndpoint = new LinkedHashMap<>();
        byEndpoint.put(manager.endpoint().toString(), manager);
        nodes.forEach(n -> byEndpoint.putIfAbsent(n.endpoint().toString(), n));
        return List.copyOf(byEndpoint.values());
    }
}
