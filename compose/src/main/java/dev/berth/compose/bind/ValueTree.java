package dev.berth.compose.bind;

import dev.berth.compose.model.Value;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.Path;
import dev.berth.compose.tree.ScalarNode;
import dev.berth.compose.tree.SeqNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a positioned node into an immutable {@link Value}, scalars typed as YAML resolved them. */
final class ValueTree {

    private final Scalars scalars;

    ValueTree(Scalars scalars) {
        this.scalars = scalars;
    }

    Value of(Node node, Path path) {
        if (node instanceof MapNode map) {
            Map<String, Value> entries = new LinkedHashMap<>();
            map.entries().forEach(e -> entries.put(e.key(), of(e.value(), path.child(e.key()))));
            return new Value.MapValue(entries);
        }
        if (node instanceof SeqNode seq) {
            List<Value> items = new ArrayList<>();
            for (int i = 0; i < seq.length(); i++) {
                items.add(of(seq.get(i), path.index(i)));
            }
            return new Value.ListValue(items);
        }
        return scalar((ScalarNode) node, path);
    }

    /** Records where each node below (and including) {@code node} was written, by dotted path. */
    static void positions(Node node, Path path, Map<String, dev.berth.compose.problem.Position> into) {
        into.put(path.toString(), node.position());
        if (node instanceof MapNode map) {
            map.entries().forEach(e -> positions(e.value(), path.child(e.key()), into));
        } else if (node instanceof SeqNode seq) {
            for (int i = 0; i < seq.length(); i++) {
                positions(seq.get(i), path.index(i), into);
            }
        }
    }

    private Value scalar(ScalarNode s, Path path) {
        return switch (s.kind()) {
            case STRING -> new Value.StringValue(s.text());
            case NULL -> Value.NULL;
            case BOOL -> new Value.BooleanValue(Boolean.parseBoolean(s.text().toLowerCase(java.util.Locale.ROOT)));
            case INT -> {
                Long value = Scalars.parseInteger(s.text());
                if (value == null) {
                    scalars.report(s, path, "integer " + s.text() + " is out of range");
                    yield Value.NULL;
                }
                yield new Value.IntegerValue(value);
            }
            case FLOAT -> new Value.NumberValue(parseFloat(s.text()));
        };
    }

    /** YAML 1.2 core floats, including {@code .inf} and {@code .nan}. */
    private static double parseFloat(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        if (t.endsWith(".inf")) {
            return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (t.equals(".nan")) {
            return Double.NaN;
        }
        return Double.parseDouble(text);
    }
}
