package dev.berth.swarm.deploy;

import dev.berth.compose.model.Project;
import dev.berth.swarm.client.SwarmClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Networks, configs and secrets marked {@code external} are not Berth's to create: they must
 * exist before anything is created, or {@code up} stops with all of the missing ones named.
 */
final class ExternalResources {

    private final SwarmClient client;

    ExternalResources(SwarmClient client) {
        this.client = client;
    }

    void requirePresent(Project project) {
        List<String> missing = new ArrayList<>();
        Set<String> networks = names(client.networks(Map.of()), n -> n.name());
        project.networks().forEach((key, n) -> {
            if (n.external() && !networks.contains(n.name())) {
                missing.add("network \"" + n.name() + "\" (networks." + key + ")");
            }
        });
        Set<String> configs = names(client.objects().configs(Map.of()), c -> c.name());
        project.configs().forEach((key, c) -> {
            if (c.external() && !configs.contains(c.name())) {
                missing.add("config \"" + c.name() + "\" (configs." + key + ")");
            }
        });
        Set<String> secrets = names(client.objects().secrets(Map.of()), s -> s.name());
        project.secrets().forEach((key, s) -> {
            if (s.external() && !secrets.contains(s.name())) {
                missing.add("secret \"" + s.name() + "\" (secrets." + key + ")");
            }
        });
        if (!missing.isEmpty()) {
            throw new IllegalStateException("external resources do not exist on the cluster: " + String.join(", ", missing)
                    + "; create them first (they are marked external: true), nothing was changed");
        }
    }

    private static <T> Set<String> names(List<T> items, Function<T, String> name) {
        return items.stream().map(name).collect(Collectors.toSet());
    }
}
