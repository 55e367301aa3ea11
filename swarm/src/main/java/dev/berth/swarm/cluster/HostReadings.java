package dev.berth.swarm.cluster;

import dev.berth.engine.cluster.HostFacts;
import dev.berth.engine.network.Cidr;
import dev.berth.swarm.client.SwarmClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each node's host facts, read at most once per run (a probe container costs about a second),
 * for every part of Berth that cares about the routes of the nodes.
 */
public final class HostReadings {

    private final HostProbe probe;
    private final Map<String, Reading> byEngine = new ConcurrentHashMap<>();

    /** The facts, or why they could not be read. */
    public record Reading(HostFacts facts, String error) {
        public boolean ok() {
            return facts != null;
        }
    }

    public HostReadings(String probeImage) {
        this.probe = new HostProbe(probeImage);
    }

    public Reading of(SwarmClient engine) {
        return byEngine.computeIfAbsent(engine.endpoint().toString(), key -> {
            try {
                return new Reading(probe.read(engine), null);
            } catch (RuntimeException e) {
                return new Reading(null, e.getMessage());
            }
        });
    }

    /** For each engine whose facts could not be read: its endpoint and why. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        byEngine.forEach((engine, r) -> {
            if (!r.ok()) {
                out.add(engine + ": " + r.error());
            }
        });
        return out;
    }

    /** Every route of every engine that could be read, read in parallel. */
    public List<Cidr> routes(List<SwarmClient> engines) {
        List<Cidr> routes = new ArrayList<>();
        engines.parallelStream().map(this::of).toList().forEach(r -> {
            if (r.ok()) {
                r.facts().routes().forEach(route -> routes.add(route.destination()));
            }
        });
        return routes;
    }
}
