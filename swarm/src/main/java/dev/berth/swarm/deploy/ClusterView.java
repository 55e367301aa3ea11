package dev.berth.swarm.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.engine.EnvironmentName;
import dev.berth.engine.Labels;
import dev.berth.engine.plan.Resource;
import dev.berth.engine.plan.ResourceKind;
import dev.berth.swarm.client.Observed.NetworkState;
import dev.berth.swarm.client.Observed.ObjectState;
import dev.berth.swarm.client.Observed.ServiceState;
import dev.berth.swarm.client.SwarmClient;
import dev.berth.swarm.spec.Flatten;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What of an environment is on the cluster now, found by Berth's environment label. */
record ClusterView(List<ServiceState> services, List<NetworkState> networks, List<ObjectState> configs,
                   List<ObjectState> secrets) {

    static Map<String, List<String>> filter(EnvironmentName env) {
        return Map.of("label", List.of(Labels.ENVIRONMENT + "=" + env.value()));
    }

    static ClusterView read(SwarmClient client, EnvironmentName env) {
        Map<String, List<String>> filter = filter(env);
        return new ClusterView(client.services(filter), client.networks(filter), client.objects().configs(filter),
                client.objects().secrets(filter));
    }

    boolean isEmpty() {
        return services.isEmpty() && networks.isEmpty() && configs.isEmpty() && secrets.isEmpty();
    }

    List<Resource> resources() {
        List<Resource> out = new ArrayList<>();
        networks.forEach(n -> out.add(new Resource(ResourceKind.NETWORK, n.name(), n.labels().get(Labels.SPEC_HASH), Map.of())));
        configs.forEach(c -> out.add(new Resource(ResourceKind.CONFIG, c.name(), c.labels().get(Labels.SPEC_HASH), Map.of())));
        secrets.forEach(s -> out.add(new Resource(ResourceKind.SECRET, s.name(), s.labels().get(Labels.SPEC_HASH), Map.of())));
        services.forEach(s -> out.add(new Resource(ResourceKind.SERVICE, s.name(), s.labels().get(Labels.SPEC_HASH),
                Flatten.of(withNetworkNames(s.spec())))));
        return out;
    }

    /** The engine answers with network IDs where the files (and the desired spec) name networks. */
    private JsonNode withNetworkNames(JsonNode spec) {
        JsonNode copy = spec.deepCopy();
        for (JsonNode attachment : copy.path("TaskTemplate").path("Networks")) {
            String target = attachment.path("Target").asText();
            networks.stream().filter(n -> n.id().equals(target)).findFirst()
                    .ifPresent(n -> ((ObjectNode) attachment).put("Target", n.name()));
        }
        return copy;
    }

    ServiceState service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst().orElse(null);
    }

    NetworkState network(String name) {
        return networks.stream().filter(n -> n.name().equals(name)).findFirst().orElse(null);
    }
}
