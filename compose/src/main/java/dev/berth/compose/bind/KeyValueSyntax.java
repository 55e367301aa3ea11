package dev.berth.compose.bind;

import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.Path;
import dev.berth.compose.tree.ScalarNode;
import dev.berth.compose.tree.SeqNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The two spellings of environment, labels, sysctls, build args, driver options…: a mapping, or
 * a sequence of {@code key=value} strings. Both become one ordered map.
 */
final class KeyValueSyntax {

    private KeyValueSyntax() {
    }

    static Map<String, String> of(Node node, Path path, boolean keepNull, Scalars scalars) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node instanceof MapNode map) {
            for (MapNode.Entry e : map.entries()) {
                String value = scalars.textOrNull(e.value(), path.child(e.key()));
                out.put(e.key(), value == null && !keepNull ? "" : value);
            }
        } else if (node instanceof SeqNode seq) {
            for (int i = 0; i < seq.length(); i++) {
                Node item = seq.get(i);
                String text = scalars.text(item, path.index(i));
                if (text == null) {
                    continue;
                }
                int eq = text.indexOf('=');
                String key = eq < 0 ? text : text.substring(0, eq);
                if (key.isEmpty()) {
                    scalars.report(item, path.index(i), "expected key=value, found \"" + text + "\"");
                } else if (!key.equals(key.stripTrailing())) {
                    scalars.report(item, path.index(i), "\"" + key
                            + "\" ends with a space; write key=value without spaces around =");
                } else {
                    out.put(key, eq < 0 ? (keepNull ? null : "") : text.substring(eq + 1));
                }
            }
        } else if (node instanceof ScalarNode s) {
            scalars.report(node, path, "expected a mapping or a sequence of key=value strings, found " + Scalars.describe(s));
        }
        return out;
    }
}
