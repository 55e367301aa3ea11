package dev.berth.compose.merge;

import dev.berth.compose.tree.KeyValues;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.Path;
import dev.berth.compose.tree.ScalarNode;
import dev.berth.compose.tree.SeqNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Merges compose trees by the Compose Specification's rules: the second tree overrides the
 * first. {@code !reset} in the override removes a value, {@code !override} replaces it
 * wholesale. Nodes keep their positions, so a problem found after merging still points
 * into the file that contributed the value. The result carries no tags.
 */
public final class Merger {

    public static final String RESET = "!reset";
    public static final String OVERRIDE = "!override";

    private Merger() {
    }

    /** Merges {@code override} into {@code base}; both are whole files (or whole services with a base path). */
    public static MapNode merge(MapNode base, MapNode override) {
        return (MapNode) mergeValue(base, override, Path.ROOT);
    }

    /** Merges a service definition over the one it extends, by the same rules. */
    public static MapNode mergeService(MapNode base, MapNode override) {
        return (MapNode) mergeValue(base, override, Path.of("services", "x"));
    }

    /** Strips tags, dropping {@code !reset} entries, for a tree that meets no base. */
    public static Node clean(Node node) {
        if (node instanceof MapNode map) {
            List<MapNode.Entry> kept = new ArrayList<>();
            for (MapNode.Entry e : map.entries()) {
                if (!RESET.equals(e.value().tag())) {
                    kept.add(e.withValue(clean(e.value())));
                }
            }
            return new MapNode(kept, map.position(), null);
        }
        if (node instanceof SeqNode seq) {
            return new SeqNode(seq.items().stream().filter(n -> !RESET.equals(n.tag())).map(Merger::clean).toList(),
                    seq.position(), null);
        }
        return node.tag() == null ? node : node.withTag(null);
    }

    static Node mergeValue(Node base, Node override, Path path) {
        if (base == null || OVERRIDE.equals(override.tag())) {
            return clean(override);
        }
        if (override instanceof ScalarNode s && s.isNull()) {
            return base;
        }
        return switch (MergeRules.ruleFor(path)) {
            case REPLACE -> clean(override);
            case KEY_VALUE -> mergeMappings(KeyValues.asMap(base), KeyValues.asMap(override), path);
            case NAMED_MAPPING -> mergeMappings(KeyedSequences.namedMap(base), KeyedSequences.namedMap(override), path);
            case UNIQUE_VALUES -> mergeUnique(base, override, KeyedSequences::scalarKey);
            case PORTS -> mergeUnique(base, override, KeyedSequences::portKey);
            case MOUNTS -> mergeUnique(base, override, KeyedSequences::mountTarget);
            case FILE_REFERENCES -> mergeUnique(base, override,
                    n -> KeyedSequences.fileReferenceTarget(n, path.last()));
            case BUILD -> mergeMappings(KeyedSequences.buildMap(base), KeyedSequences.buildMap(override), path);
            case LOGGING -> mergeLogging(base, override, path);
            case IPAM_CONFIG -> mergeIpamConfig(base, override, path);
            case DEFAULT -> mergeDefault(base, override, path);
        };
    }

    private static Node mergeDefault(Node base, Node override, Path path) {
        if (base instanceof MapNode b && override instanceof MapNode o) {
            return mergeMappings(b, o, path);
        }
        if (base instanceof SeqNode b && override instanceof SeqNode o) {
            List<Node> items = new ArrayList<>(b.items());
            items.addAll(((SeqNode) clean(o)).items());
            return new SeqNode(items, b.position(), null);
        }
        return clean(override);
    }

    private static MapNode mergeMappings(MapNode base, MapNode override, Path path) {
        LinkedHashMap<String, MapNode.Entry> entries = new LinkedHashMap<>();
        for (MapNode.Entry e : base.entries()) {
            entries.put(e.key(), e);
        }
        for (MapNode.Entry e : override.entries()) {
            if (RESET.equals(e.value().tag())) {
                entries.remove(e.key());
                continue;
            }
            MapNode.Entry old = entries.get(e.key());
            Node merged = mergeValue(old == null ? null : old.value(), e.value(), path.child(e.key()));
            entries.put(e.key(), old == null ? e.withValue(merged) : old.withValue(merged));
        }
        return new MapNode(entries.values(), base.position(), null);
    }

    private static Node mergeUnique(Node base, Node override, Function<Node, String> keyOf) {
        Map<String, Node> byKey = new LinkedHashMap<>();
        for (Node n : KeyedSequences.items(base)) {
            byKey.put(keyOf.apply(n), n);
        }
        for (Node n : KeyedSequences.items(override)) {
            if (!RESET.equals(n.tag())) {
                String key = keyOf.apply(n);
                byKey.remove(key);
                byKey.put(key, clean(n));
            }
        }
        return new SeqNode(List.copyOf(byKey.values()), base.position(), null);
    }

    private static Node mergeLogging(Node base, Node override, Path path) {
        if (base instanceof MapNode b && override instanceof MapNode o) {
            Node bd = b.get("driver");
            Node od = o.get("driver");
            boolean sameDriver = bd == null || od == null
                    || (bd instanceof ScalarNode bs && od instanceof ScalarNode os && bs.text().equals(os.text()));
            return sameDriver ? mergeMappings(b, o, path) : clean(o);
        }
        return clean(override);
    }

    private static Node mergeIpamConfig(Node base, Node override, Path path) {
        List<Node> result = new ArrayList<>(KeyedSequences.items(base));
        for (Node o : KeyedSequences.items(override)) {
            String subnet = KeyedSequences.field(o, "subnet");
            int at = -1;
            for (int i = 0; i < result.size() && subnet != null; i++) {
                if (subnet.equals(KeyedSequences.field(result.get(i), "subnet"))) {
                    at = i;
                }
            }
            if (at >= 0 && result.get(at) instanceof MapNode b && o instanceof MapNode om) {
                result.set(at, mergeMappings(b, om, path));
            } else {
                result.add(clean(o));
            }
        }
        return new SeqNode(result, base.position(), null);
    }
}
