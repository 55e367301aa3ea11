package dev.berth.compose.tree;

import java.util.ArrayList;
import java.util.List;

/** The two spellings Compose allows for environment, labels and their kin: a list or a mapping. */
public final class KeyValues {

    private KeyValues() {
    }

    /**
     * {@code [A=b, C]} or {@code {A: b, C: null}} as a mapping; a list item without {@code =}
     * maps to null ("no value"). Every entry keeps the position of the item it came from.
     */
    public static MapNode asMap(Node node) {
        if (node instanceof MapNode map) {
            return map;
        }
        List<MapNode.Entry> entries = new ArrayList<>();
        List<Node> items = node instanceof SeqNode seq ? seq.items() : List.of(node);
        for (Node item : items) {
            if (item instanceof ScalarNode s && !s.isNull()) {
                String text = s.text();
                int eq = text.indexOf('=');
                Node value = eq < 0 ? ScalarNode.ofNull(s.position())
                        : ScalarNode.string(text.substring(eq + 1), s.position());
                entries.add(new MapNode.Entry(eq < 0 ? text : text.substring(0, eq), s.position(), value));
            }
        }
        return new MapNode(entries, node.position(), null);
    }
}
