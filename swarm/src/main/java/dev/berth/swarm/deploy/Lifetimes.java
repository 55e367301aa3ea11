package dev.berth.swarm.deploy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.engine.EnvironmentName;
import dev.berth.engine.Labels;
import dev.berth.engine.lifecycle.Expiry;
import dev.berth.swarm.client.EngineException;
import dev.berth.swarm.client.Observed.ServiceState;
import dev.berth.swarm.client.SwarmClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * When environments expire, read from and written to the cluster. Writing touches only the
 * services' own labels, never their task template, so no task restarts.
 */
public final class Lifetimes {

    private final SwarmClient manager;

    public Lifetimes(SwarmClient manager) {
        this.manager = manager;
    }

    /** Whether anything of the environment is on the cluster. */
    public boolean exists(EnvironmentName env) {
        return !ClusterView.read(manager, env).isEmpty();
    }

    /** The environment's expiry; null when it never expires (or does not exist). */
    public Instant expiry(EnvironmentName env) {
        return expiry(ClusterView.read(manager, env));
    }

    private static Instant expiry(ClusterView view) {
        return Expiry.ofEnvironment(view.services().stream().map(ServiceState::labels).toList(), otherLabels(view));
    }

    /**
     * The expiry {@code up} gives: {@code ttl} from now when given; otherwise an existing
     * environment keeps its expiry and a new one lives {@code defaultTtl} (zero: never expires).
     * Call it under the environment's lock.
     */
    public Instant forUp(EnvironmentName env, Duration ttl, Duration defaultTtl, Instant now) {
        if (ttl != null) {
            return Expiry.after(ttl, now);
        }
        ClusterView view = ClusterView.read(manager, env);
        return view.isEmpty() ? Expiry.after(defaultTtl, now) : expiry(view);
    }

    /** Every environment on the cluster with its expiry (null = never). */
    public Map<String, Instant> all() {
        Map<String, List<Map<String, String>>> services = new HashMap<>();
        Map<String, List<Map<String, String>>> others = new HashMap<>();
        Map<String, List<String>> any = Map.of("label", List.of(Labels.ENVIRONMENT));
        manager.services(any).forEach(s -> add(services, s.labels()));
        manager.networks(any).forEach(n -> add(others, n.labels()));
        manager.objects().configs(any).forEach(c -> add(others, c.labels()));
        manager.objects().secrets(any).forEach(s -> add(others, s.labels()));
        Map<String, Instant> out = new HashMap<>();
        for (String env : union(services.keySet(), others.keySet())) {
            out.put(env, Expiry.ofEnvironment(services.getOrDefault(env, List.of()), others.getOrDefault(env, List.of())));
        }
        return out;
    }

    /** Sets the expiry label of every service of the environment; returns how many changed. */
    public int stamp(EnvironmentName env, Instant expires) {
        String value = expires == null ? null : expires.toString();
        int changed = 0;
        for (ServiceState s : manager.services(ClusterView.filter(env))) {
            if (!Objects.equals(s.labels().get(Labels.EXPIRES), value)) {
                relabel(s, value);
                changed++;
            }
        }
        return changed;
    }

    private void relabel(ServiceState service, String value) {
        ServiceState s = service;
        for (int attempt = 0; ; attempt++) {
            ObjectNode spec = s.spec().deepCopy();
            ObjectNode labels = spec.with("Labels");
            if (value == null) {
                labels.remove(Labels.EXPIRES);
            } else {
                labels.put(Labels.EXPIRES, value);
            }
            try {
                manager.updateService(s.id(), s.version(), spec);
                return;
            } catch (EngineException e) {
                String id = s.id();
                List<ServiceState> again = manager.services(Map.of("id", List.of(id)));
                if (attempt >= 3 || again.isEmpty()) {
                    throw e;
                }
                s = again.get(0); // updated meanwhile: apply the label to its newer version
            }
        }
    }

    private static List<Map<String, String>> otherLabels(ClusterView view) {
        List<Map<String, String>> out = new ArrayList<>();
        view.networks().forEach(n -> out.add(n.labels()));
        view.configs().forEach(c -> out.add(c.labels()));
        view.secrets().forEach(s -> out.add(s.labels()));
        return out;
    }

    private static void add(Map<String, List<Map<String, String>>> byEnv, Map<String, String> labels) {
        byEnv.computeIfAbsent(labels.get(Labels.ENVIRONMENT), k -> new ArrayList<>()).add(labels);
    }

    private static Collection<String> union(Collection<String> a, Collection<String> b) {
        java.util.Set<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
