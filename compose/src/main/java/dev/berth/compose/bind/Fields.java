package dev.berth.compose.bind;

import dev.berth.compose.model.Extensions;
import dev.berth.compose.model.Value;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.Path;
import dev.berth.compose.tree.ScalarNode;
import dev.berth.compose.tree.SeqNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the keys of one mapping, remembering which were read so that what is left over can be
 * kept as {@link Value}s ({@link #rest()}) or reported ({@link #done()}). A key whose value is
 * null counts as absent. {@code x-*} keys are never left over: they are the {@link #extensions()}.
 */
final class Fields {

    private final MapNode map;
    private final Path path;
    private final Scalars scalars;
    private final Set<String> read = new HashSet<>();

    Fields(MapNode map, Path path, Scalars scalars) {
        this.map = map;
        this.path = path;
        this.scalars = scalars;
    }

    Path path() {
        return path;
    }

    Path path(String key) {
        return path.child(key);
    }

    Scalars scalars() {
        return scalars;
    }

    MapNode node() {
        return map;
    }

    /** The value of {@code key}, marked as read; null when absent or null. */
    Node take(String key) {
        read.add(key);
        Node node = map.get(key);
        return node instanceof ScalarNode s && s.isNull() ? null : node;
    }

    boolean has(String key) {
        return map.has(key);
    }

    String string(String key) {
        Node node = take(key);
        return node == null ? null : scalars.text(node, path(key));
    }

    Boolean bool(String key) {
        Node node = take(key);
        return node == null ? null : scalars.bool(node, path(key));
    }

    boolean flag(String key) {
        return Boolean.TRUE.equals(bool(key));
    }

    Long integer(String key) {
        Node node = take(key);
        return node == null ? null : scalars.integer(node, path(key));
    }

    Double number(String key) {
        Node node = take(key);
        return node == null ? null : scalars.number(node, path(key));
    }

    Duration duration(String key) {
        Node node = take(key);
        return node == null ? null : scalars.duration(node, path(key));
    }

    Long bytes(String key) {
        Node node = take(key);
        return node == null ? null : scalars.bytes(node, path(key));
    }

    /** The nested mapping at {@code key} as fields, or null when absent. */
    Fields fields(String key) {
        Node node = take(key);
        if (node == null) {
            return null;
        }
        if (node instanceof MapNode m) {
            return new Fields(m, path(key), scalars);
        }
        scalars.report(node, path(key), "expected a mapping, found " + node.describe());
        return null;
    }

    /** The sequence at {@code key}, or null when absent. */
    SeqNode seq(String key) {
        Node node = take(key);
        if (node == null) {
            return null;
        }
        if (node instanceof SeqNode s) {
            return s;
        }
        scalars.report(node, path(key), "expected a sequence, found " + node.describe());
        return null;
    }

    /** A string or a sequence of strings, as a list. */
    List<String> strings(String key) {
        Node node = take(key);
        List<String> out = new ArrayList<>();
        if (node instanceof SeqNode seq) {
            for (int i = 0; i < seq.length(); i++) {
                String text = scalars.text(seq.get(i), path(key).index(i));
                if (text != null) {
                    out.add(text);
                }
            }
        } else if (node != null) {
            String text = scalars.text(node, path(key));
            if (text != null) {
                out.add(text);
            }
        }
        return out;
    }

    /**
     * A mapping, or a sequence of {@code key=value} strings. A key without a value is null when
     * {@code keepNull} (environment, build args: "from the environment") and empty otherwise.
     */
    Map<String, String> keyValues(String key, boolean keepNull) {
        Node node = take(key);
        return node == null ? new LinkedHashMap<>() : KeyValueSyntax.of(node, path(key), keepNull, scalars);
    }

    /** The {@code x-*} keys of this mapping. */
    Extensions extensions() {
        Map<String, Value> values = new TreeMap<>();
        Map<String, dev.berth.compose.problem.Position> positions = new java.util.HashMap<>();
        ValueTree tree = new ValueTree(scalars);
        for (MapNode.Entry e : map.entries()) {
            if (e.key().startsWith("x-")) {
                values.put(e.key(), tree.of(e.value(), path(e.key())));
                ValueTree.positions(e.value(), path(e.key()), positions);
            }
        }
        return values.isEmpty() ? Extensions.EMPTY : new Extensions(values, positions);
    }

    /** The keys not read yet (and not {@code x-*}), as values; marks them read. */
    Map<String, Value> rest() {
        Map<String, Value> values = new TreeMap<>();
        ValueTree tree = new ValueTree(scalars);
        for (MapNode.Entry e : map.entries()) {
            if (!read.contains(e.key()) && !e.key().startsWith("x-")) {
                read.add(e.key());
                values.put(e.key(), tree.of(e.value(), path(e.key())));
            }
        }
        return values;
    }

    /** Reports every key not read (and not {@code x-*}) as unknown. */
    void done() {
        for (MapNode.Entry e : map.entries()) {
            if (!read.contains(e.key()) && !e.key().startsWith("x-")) {
                scalars.problems().add(e.keyPosition(), path(e.key()).toString(), "unknown key \"" + e.key() + "\"");
            }
        }
    }
}
