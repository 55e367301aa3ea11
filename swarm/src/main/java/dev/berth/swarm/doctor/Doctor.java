package dev.berth.swarm.doctor;

import dev.berth.engine.cluster.HostFacts.Route;
import dev.berth.swarm.client.EngineException;
import dev.berth.swarm.client.Observed.EngineClock;
import dev.berth.swarm.client.Observed.EngineInfo;
import dev.berth.swarm.client.Observed.NetworkState;
import dev.berth.swarm.client.Observed.NodeState;
import dev.berth.swarm.client.RegistryAuth;
import dev.berth.swarm.client.SwarmClient;
import dev.berth.swarm.cluster.HostReadings;
import dev.berth.swarm.deploy.IpvsProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * {@code berth cluster doctor}: observes the cluster (through the manager, each node's own
 * engine, and probe services that clean up after themselves), then evaluates every check. The
 * probes run at once; nothing Berth did not create is changed.
 */
public final class Doctor {

    /** One node's engine as configured: {@code name} may be empty. */
    public record NodeEngine(String name, SwarmClient client) {
    }

    /**
     * The registry to check and its credentials, asked for on each run (a credential helper's may
     * change); without {@link RegistryAuth#hasCredentials() credentials} the check is anonymous.
     */
    public record Registry(String address, Supplier<RegistryAuth> credentials) {

        /** With credentials that do not change. */
        public static Registry of(RegistryAuth credentials) {
            return new Registry(credentials.serverAddress(), () -> credentials);
        }
    }

    private final SwarmClient manager;
    private final List<NodeEngine> engines;
    private final String probeImage;
    private final Registry registry;

    /** {@code engines}: the manager's own first, then every configured node engine. */
    public Doctor(SwarmClient manager, List<NodeEngine> engines, String probeImage, Registry registry) {
        this.manager = manager;
        this.engines = List.copyOf(engines);
        this.probeImage = probeImage;
        this.registry = registry;
    }

    public List<Check> run() throws InterruptedException {
        EngineInfo info = manager.info();
        if (!info.inSwarm() || !info.controlAvailable()) {
            throw new IllegalStateException("the engine at " + manager.endpoint() + " is not a swarm manager ("
                    + (info.inSwarm() ? "a worker" : "in no swarm") + "); point --host at a manager, or set one up"
                    + " with 'berth cluster init'");
        }
        List<NodeState> nodes = manager.nodes();
        List<String> pool = manager.swarm().defaultAddrPool();
        List<NetworkState> networks = manager.networks(Map.of()).stream().filter(n -> n.scope().equals("swarm")).toList();
        HostReadings hosts = new HostReadings(probeImage);
        ExecutorService pool4 = Executors.newFixedThreadPool(Math.max(4, engines.size() + 2));
        try {
            Future<Boolean> ipvs = pool4.submit(() -> new IpvsProbe(manager, probeImage).measure());
            List<Future<EngineReading>> reads = new ArrayList<>();
            engines.forEach(e -> reads.add(pool4.submit(() -> read(e, hosts))));
            List<EngineReading> readings = new ArrayList<>();
            for (Future<EngineReading> r : reads) {
                readings.add(get(r));
            }
            // The overlay probe need not wait for a task on a node whose engine is known not to answer.
            Map<String, String> silent = new LinkedHashMap<>();
            readings.stream().filter(r -> !r.reachable()).forEach(r -> {
                NodeState node = NodeNames.match(r, nodes);
                if (node != null) {
                    silent.put(node.id(), "its engine does not answer");
                }
            });
            List<SwarmClient> answering = new ArrayList<>();
            for (int i = 0; i < engines.size(); i++) {
                if (readings.get(i).reachable()) {
                    answering.add(engines.get(i).client());
                }
            }
            Future<OverlayOutcome> overlay = pool4.submit(() -> new OverlayProbe(manager, answering, probeImage)
                    .run(nodes, silent));
            List<RegistryOutcome> registryOutcomes = registry == null ? List.of() : registry(readings, nodes);
            Boolean ipvsWorks = null;
            String ipvsError = null;
            try {
                ipvsWorks = get(ipvs);
            } catch (RuntimeException e) {
                ipvsError = e.getMessage();
            }
            OverlayOutcome overlayOutcome = get(overlay);
            return evaluate(nodes, readings, networks, pool, ipvsWorks, ipvsError, overlayOutcome,
                    registry == null ? null : registry.address(), registryOutcomes);
        } finally {
            pool4.shutdownNow();
        }
    }

    /** Every check, in the order they are printed. */
    static List<Check> evaluate(List<NodeState> nodes, List<EngineReading> readings, List<NetworkState> networks,
                                List<String> pool, Boolean ipvs, String ipvsError, OverlayOutcome overlay,
                                String registryAddress, List<RegistryOutcome> registryOutcomes) {
        Map<String, List<Route>> routes = new LinkedHashMap<>();
        List<String> unread = new ArrayList<>();
        for (EngineReading r : readings) {
            if (r.host() != null) {
                routes.put(NodeChecks.name(r, nodes), r.host().routes());
            } else if (r.reachable()) {
                unread.add(NodeChecks.name(r, nodes));
            }
        }
        return List.of(
                NodeChecks.engines(nodes, readings),
                NodeChecks.managers(nodes),
                NodeChecks.versions(nodes),
                NodeChecks.clocks(readings, nodes),
                NodeChecks.resources(readings, nodes),
                NodeChecks.gwbridge(readings, nodes),
                NetworkChecks.subnets(networks, pool, routes, unread),
                NetworkChecks.routingMesh(ipvs, ipvsError),
                NetworkChecks.overlay(overlay, nodes),
                NetworkChecks.dns(overlay, nodes),
                NetworkChecks.registry(registryAddress, registryOutcomes));
    }

    private static EngineReading read(NodeEngine e, HostReadings hosts) {
        SwarmClient c = e.client();
        String endpoint = c.endpoint().toString();
        EngineInfo info;
        Duration offset;
        try {
            info = c.info();
            offset = clockOffset(c);
        } catch (RuntimeException ex) {
            Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
            return EngineReading.unreachable(endpoint, e.name(), String.valueOf(cause.getMessage()));
        }
        boolean gwbridge = c.networks(Map.of("name", List.of("docker_gwbridge"))).stream()
                .anyMatch(n -> n.name().equals("docker_gwbridge"));
        HostReadings.Reading host = hosts.of(c);
        return new EngineReading(endpoint, e.name(), info, host.error(), offset, host.facts(), gwbridge);
    }

    /** The reading with the shortest round trip of three, the one least blurred by the call itself. */
    private static Duration clockOffset(SwarmClient c) {
        EngineClock best = null;
        for (int i = 0; i < 3; i++) {
            EngineClock clock = c.clock();
            if (best == null || clock.roundTrip().compareTo(best.roundTrip()) < 0) {
                best = clock;
            }
        }
        return best.engineTime() == null ? null : best.offset();
    }

    private List<RegistryOutcome> registry(List<EngineReading> readings, List<NodeState> nodes) {
        List<RegistryOutcome> out = new ArrayList<>();
        RegistryAuth auth = registry.credentials().get();
        for (int i = 0; i < engines.size(); i++) {
            EngineReading r = readings.get(i);
            if (!r.reachable()) {
                continue;
            }
            String node = NodeChecks.name(r, nodes);
            SwarmClient c = engines.get(i).client();
            try {
                if (auth.hasCredentials()) {
                    c.registryLogin(auth.fields());
                    out.add(new RegistryOutcome(node, null));
                } else {
                    c.distribution(registry.address() + "/berth/doctor-probe:latest");
                    out.add(new RegistryOutcome(node, null));
                }
            } catch (EngineException ex) {
                out.add(auth.hasCredentials()
                        ? new RegistryOutcome(node, "login failed: " + ex.getMessage())
                        : RegistryOutcome.ofManifestError(node, ex.getMessage()));
            } catch (RuntimeException ex) {
                out.add(new RegistryOutcome(node, "unreachable: " + ex.getMessage()));
            }
        }
        return out;
    }

    private static <T> T get(Future<T> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof InterruptedException i) {
                throw i;
            }
            throw new IllegalStateException(cause);
        }
    }
}
