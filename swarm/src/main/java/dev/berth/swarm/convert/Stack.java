package dev.berth.swarm.convert;

import dev.berth.engine.plan.Resource;
import dev.berth.engine.plan.ResourceKind;
import dev.berth.swarm.spec.ConfigSpec;
import dev.berth.swarm.spec.NetworkCreate;
import dev.berth.swarm.spec.SecretSpec;
import dev.berth.swarm.spec.ServiceSpec;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A project as one environment's Swarm specs, each labelled with its spec hash. {@code resources}
 * lists every spec as the planner compares them (kind, name on the cluster, hash, flattened
 * fields), in creation order: networks, configs, secrets, services. {@code warnings} name what
 * the cluster cannot honour, by compose path.
 */
public record Stack(
        List<NetworkCreate> networks,
        List<ConfigSpec> configs,
        List<SecretSpec> secrets,
        Map<String, ServiceSpec> services,
        List<String> warnings,
        List<Resource> resources) {

    public Stack {
        networks = List.copyOf(networks);
        configs = List.copyOf(configs);
        secrets = List.copyOf(secrets);
        services = Collections.unmodifiableMap(new TreeMap<>(services));
        warnings = List.copyOf(warnings);
        resources = List.copyOf(resources);
    }

    public Optional<Resource> resource(ResourceKind kind, String name) {
        return resources.stream().filter(r -> r.kind() == kind && r.name().equals(name)).findFirst();
    }
}
