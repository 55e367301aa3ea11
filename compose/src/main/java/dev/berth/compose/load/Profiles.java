package dev.berth.compose.load;

import dev.berth.compose.problem.Problems;
import dev.berth.compose.tree.KeyValues;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.ScalarNode;
import dev.berth.compose.tree.SeqNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drops services whose profiles are not enabled. A service without profiles is always
 * enabled; {@code *} enables all. An enabled service that requires a disabled one is an error.
 */
final class Profiles {

    private Profiles() {
    }

    /** The profiles asked for, or those of {@code COMPOSE_PROFILES} when none were. */
    static Set<String> active(Set<String> requested, Map<String, String> environment) {
        Set<String> active = new LinkedHashSet<>(requested);
        String fromEnv = environment.get("COMPOSE_PROFILES");
        if (active.isEmpty() && fromEnv != null) {
            for (String p : fromEnv.split(",")) {
                if (!p.isBlank()) {
                    active.add(p.trim());
                }
            }
        }
        return active;
    }

    static MapNode apply(MapNode root, Set<String> active, Problems problems) {
        if (!(root.get("services") instanceof MapNode services)) {
            return root;
        }
        List<MapNode.Entry> enabled = new ArrayList<>();
        for (MapNode.Entry e : services.entries()) {
            if (isEnabled(e.value(), active)) {
                enabled.add(e);
            }
        }
        List<MapNode.Entry> checked = new ArrayList<>();
        Set<String> names = services.keys();
        Set<String> kept = new LinkedHashSet<>();
        enabled.forEach(e -> kept.add(e.key()));
        for (MapNode.Entry e : enabled) {
            checked.add(e.withValue(dropDisabledDependencies(e, names, kept, services, problems)));
        }
        return root.with("services", services.withEntries(checked));
    }

    private static Node dropDisabledDependencies(MapNode.Entry service, Set<String> all, Set<String> kept,
                                                 MapNode services, Problems problems) {
        if (!(service.value() instanceof MapNode s) || s.get("depends_on") == null) {
            return service.value();
        }
        MapNode deps = KeyValues.asMap(s.get("depends_on"));
        List<MapNode.Entry> keptDeps = new ArrayList<>();
        for (MapNode.Entry d : deps.entries()) {
            if (!all.contains(d.key()) || kept.contains(d.key())) {
                keptDeps.add(d);
            } else if (isRequired(d.value())) {
                problems.add(d.keyPosition(), "services." + service.key() + ".depends_on." + d.key(),
                        "service \"" + d.key() + "\" is required but disabled; enable one of its profiles "
                                + profilesOf(services.get(d.key())) + " with --profile");
            }
        }
        return s.with("depends_on", deps.withEntries(keptDeps));
    }

    private static boolean isRequired(Node dependency) {
        return !(dependency instanceof MapNode m && m.get("required") instanceof ScalarNode r
                && r.text().equals("false"));
    }

    private static boolean isEnabled(Node service, Set<String> active) {
        List<String> profiles = profilesOf(service);
        return profiles.isEmpty() || active.contains("*") || profiles.stream().anyMatch(active::contains);
    }

    private static List<String> profilesOf(Node service) {
        if (service instanceof MapNode m && m.get("profiles") instanceof SeqNode seq) {
            return seq.items().stream().filter(n -> n instanceof ScalarNode).map(n -> ((ScalarNode) n).text()).toList();
        }
        return List.of();
    }
}
