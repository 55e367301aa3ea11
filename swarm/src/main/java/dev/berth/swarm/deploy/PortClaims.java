package dev.berth.swarm.deploy;

import dev.berth.compose.model.Port;
import dev.berth.compose.model.Project;
import dev.berth.engine.EnvironmentName;
import dev.berth.engine.Labels;
import dev.berth.engine.config.PortSettings;
import dev.berth.engine.deploy.DeployEvent;
import dev.berth.engine.deploy.DeployListener;
import dev.berth.engine.lock.LockHolder;
import dev.berth.engine.ports.PortAllocator;
import dev.berth.engine.ports.PortLabel;
import dev.berth.engine.ports.PortRequest;
import dev.berth.engine.ports.TakenPort;
import dev.berth.swarm.client.Observed.ConfigState;
import dev.berth.swarm.client.Observed.PublishedPort;
import dev.berth.swarm.client.Observed.ServiceState;
import dev.berth.swarm.client.SwarmClient;
import dev.berth.swarm.lock.ClusterLock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Published ports of one environment, claimed so that no two copies share one. Under the
 * cluster-wide ports lock: read every port every service publishes and every port another
 * {@code up} has claimed but not yet published, allocate, and record the claim on the
 * environment's own lock until its services carry the ports. A dead {@code up}'s claim lapses
 * with its lease.
 */
final class PortClaims {

    private static final Duration WAIT = Duration.ofMinutes(1);

    private PortClaims() {
    }

    static Map<PortRequest, Integer> claim(SwarmClient manager, ClusterLock.Held envLock, EnvironmentName env,
                                           Project project, PortSettings range, ClusterView current,
                                           DeployListener listener) throws InterruptedException {
        List<PortRequest> wanted = wanted(project);
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Map<PortRequest, Integer> previous = new HashMap<>();
        for (ServiceState s : current.services()) {
            String key = s.labels().getOrDefault(Labels.RESOURCE, s.name());
            previous.putAll(PortLabel.parse(key, s.labels().get(Labels.PUBLISHED_PORTS)));
        }
        if (envLock == null) {
            return PortAllocator.allocate(wanted, previous, taken(manager, env, null), range);
        }
        ClusterLock locks = envLock.locks();
        try (ClusterLock.Held ports = locks.acquire(ClusterLock.PORTS, "the allocation of published ports", WAIT,
                message -> listener.on(new DeployEvent.Notice(message)))) {
            Map<PortRequest, Integer> allocated = PortAllocator.allocate(wanted, previous,
                    taken(manager, env, locks), range);
            envLock.annotate(Map.of(LockHolder.PORTS, allocated.entrySet().stream()
                    .map(e -> e.getValue() + "/" + e.getKey().protocol()).sorted().collect(Collectors.joining(","))));
            allocated.forEach((r, p) -> {
                if (p != r.published() && !previous.containsKey(r)) {
                    listener.on(new DeployEvent.Notice("services." + r.service() + ": port " + r.published() + "/"
                            + r.protocol() + " is taken on the cluster; published on " + p + " instead"));
                }
            });
            return allocated;
        }
    }

    /** The ports the files publish, the first of a range where they name one. */
    static List<PortRequest> wanted(Project project) {
        List<PortRequest> out = new ArrayList<>();
        project.services().forEach((key, s) -> {
            for (Port p : s.ports()) {
                Integer published = first(p.published());
                if (published != null) {
                    out.add(new PortRequest(key, published, p.target(), p.protocol() == null ? "tcp" : p.protocol()));
                }
            }
        });
        return out;
    }

    private static Integer first(String published) {
        if (published == null || published.isEmpty()) {
            return null;
        }
        int dash = published.indexOf('-');
        try {
            return Integer.parseInt(dash < 0 ? published : published.substring(0, dash));
        } catch (NumberFormatException e) {
            return null; // the conversion reports it
        }
    }

    /** Ports of every service but the environment's own, and those other ups claimed. */
    private static Set<TakenPort> taken(SwarmClient manager, EnvironmentName env, ClusterLock locks) {
        Set<TakenPort> taken = new HashSet<>();
        for (PublishedPort p : manager.publishedPorts()) {
            if (!env.value().equals(p.serviceLabels().get(Labels.ENVIRONMENT))) {
                taken.add(new TakenPort(p.port(), p.protocol()));
            }
        }
        if (locks == null) {
            return taken;
        }
        String own = ClusterLock.environmentScope(env);
        for (ConfigState lock : locks.all()) {
            LockHolder holder = LockHolder.of(lock.labels());
            String claimed = lock.labels().get(LockHolder.PORTS);
            if (claimed == null || own.equals(lock.labels().get(LockHolder.SCOPE))
                    || holder == null || holder.leaseOver(Instant.now())) {
                continue;
            }
            for (String c : claimed.split(",")) {
                String[] parts = c.split("/");
                if (parts.length == 2 && parts[0].matches("\\d+")) {
                    taken.add(new TakenPort(Integer.parseInt(parts[0]), parts[1]));
                }
            }
        }
        return taken;
    }
}
