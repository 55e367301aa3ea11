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
import dev.berth.swarm.client.Observed.ServiceState;
import dev.berth.swarm.client.SwarmClient;
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
 * the next run.
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
    }

    /** @param refused what the engine would not remove (in use meanwhile), with why */
    public record NodeReport(String node, List<Removal> removed, List<String> refused) {
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
                new SwarmTeardown(manager, nodes).down(env, true, timeout, listener);
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
            NodeContents contents = NodeObservation.of(engine, settings, rules.now());
            List<Removal> selected = GcSelection.select(contents, rules);
            reports.add(dryRun ? new NodeReport(engine.endpoint().toString(), selected, List.of())
                    : remove(engine, selected));
        }
        return new Report(expired, skipped, reports);
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

    private NodeReport remove(SwarmClient engine, List<Removal> selected) {
        List<Removal> removed = new ArrayList<>();
        List<String> refused = new ArrayList<>();
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
            }
        }
        return new NodeReport(engine.endpoint().toString(), removed, refused);
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
