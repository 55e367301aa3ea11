package dev.berth.swarm.deploy;

import dev.berth.engine.EnvironmentName;
import dev.berth.engine.Labels;
import dev.berth.swarm.client.Observed.NodeState;
import dev.berth.swarm.client.Observed.PublishedPort;
import dev.berth.swarm.client.Observed.ServiceState;
import dev.berth.swarm.client.Observed.TaskState;
import dev.berth.swarm.client.SwarmClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code berth port}: where a service's published ports answer. A port in host mode answers on
 * the nodes that run the service's tasks; one in ingress mode on every node of the swarm.
 */
public final class PublishedAddresses {

    /** @param hosts node addresses, in the swarm's node order */
    public record Binding(int target, String protocol, int published, String mode, List<String> hosts) {
        public String port() {
            return target + "/" + protocol;
        }
    }

    /** What the user named is not there; the message says what is. */
    public static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    private final SwarmClient manager;

    public PublishedAddresses(SwarmClient manager) {
        this.manager = manager;
    }

    /** The service's published ports; only {@code port} (e.g. {@code 80} or {@code 53/udp}) when given. */
    public List<Binding> of(EnvironmentName env, String service, String port) {
        List<ServiceState> services = manager.services(ClusterView.filter(env));
        if (services.isEmpty()) {
            throw new NotFound("environment " + env + " does not exist (berth ls lists them)");
        }
        ServiceState s = services.stream().filter(x -> service.equals(x.labels().get(Labels.RESOURCE))).findFirst()
                .orElseThrow(() -> new NotFound("environment " + env + " has no service " + service + "; its services: "
                        + String.join(", ", new TreeSet<>(services.stream()
                        .map(x -> x.labels().getOrDefault(Labels.RESOURCE, x.name())).toList()))));
        Map<String, PublishedPort> byPort = new LinkedHashMap<>();
        for (PublishedPort p : manager.publishedPorts()) {
            if (p.serviceId().equals(s.id())) {
                byPort.putIfAbsent(p.target() + "/" + p.protocol(), p);
            }
        }
        if (byPort.isEmpty()) {
            throw new NotFound("service " + service + " of environment " + env + " publishes no port");
        }
        List<PublishedPort> chosen = new ArrayList<>(byPort.values());
        if (port != null) {
            String key = port.contains("/") ? port : port + "/tcp";
            PublishedPort p = byPort.get(key);
            if (p == null) {
                throw new NotFound("service " + service + " of environment " + env + " publishes no port " + key
                        + "; it publishes " + String.join(", ", byPort.keySet()));
            }
            chosen = List.of(p);
        }
        return bindings(s, chosen, service, env);
    }

    private List<Binding> bindings(ServiceState s, List<PublishedPort> ports, String service, EnvironmentName env) {
        Map<String, String> addresses = new HashMap<>();
        List<String> all = new ArrayList<>();
        for (NodeState n : manager.nodes()) {
            addresses.put(n.id(), n.address());
            all.add(n.address());
        }
        List<String> running = new ArrayList<>();
        for (TaskState t : manager.tasksOf(s.id())) {
            String address = addresses.get(t.nodeId());
            if (t.running() && address != null && !running.contains(address)) {
                running.add(address);
            }
        }
        List<Binding> out = new ArrayList<>();
        for (PublishedPort p : ports) {
            boolean host = "host".equals(p.mode());
            if (host && running.isEmpty()) {
                throw new NotFound("service " + service + " of environment " + env + " publishes " + p.target() + "/"
                        + p.protocol() + " on port " + p.port() + " of the nodes that run it, but none of its tasks"
                        + " runs (berth ps " + env + ")");
            }
            out.add(new Binding(p.target(), p.protocol(), p.port(), p.mode(), host ? running : all));
        }
        return out;
    }
}
