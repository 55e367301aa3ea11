package dev.berth.compose.schema;

import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.Path;
import dev.berth.compose.tree.ScalarNode;
import dev.berth.compose.tree.SeqNode;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A sequence whose items all follow one schema; optionally without repeated items. */
final class ListSchema extends Schema {

    private final Schema items;
    private final boolean unique;

    ListSchema(Schema items, boolean unique) {
        this.items = items;
        this.unique = unique;
    }

    /** The same list, whose items must differ from each other (as the specification asks of ports, cap_add…). */
    ListSchema unique() {
        return new ListSchema(items, true);
    }

    @Override
    String expected() {
        return "a sequence";
    }

    @Override
    boolean fits(Node node) {
        return node instanceof SeqNode;
    }

    @Override
    void checkFitting(Node node, Path path, Validation validation) {
        SeqNode seq = (SeqNode) node;
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < seq.length(); i++) {
            Node item = seq.get(i);
            items.check(item, path.index(i), validation);
            if (unique) {
                Integer first = seen.putIfAbsent(content(item), i);
                if (first != null) {
                    String what = item instanceof ScalarNode scalar ? " (" + quote(scalar.text()) + ")" : "";
                    validation.report(item.position(), path.index(i), "duplicate of item " + first + what);
                }
            }
        }
    }

    /** The node's content without positions, keys in sorted order, so that equal items compare equal. */
    private static String content(Node node) {
        if (node instanceof ScalarNode scalar) {
            return quote(scalar.text());
        }
        if (node instanceof SeqNode seq) {
            return seq.items().stream().map(ListSchema::content).collect(Collectors.joining(",", "[", "]"));
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        ((MapNode) node).entries().forEach(e -> sorted.put(e.key(), content(e.value())));
        return sorted.entrySet().stream().map(e -> quote(e.getKey()) + ":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }
}
