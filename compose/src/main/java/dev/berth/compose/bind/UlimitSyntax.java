package dev.berth.compose.bind;

import dev.berth.compose.model.Ulimit;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code ulimits}: a single number sets soft and hard alike; otherwise both are given. */
final class UlimitSyntax {

    private UlimitSyntax() {
    }

    static Map<String, Ulimit> bind(Node node, Path path, Scalars scalars) {
        Map<String, Ulimit> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        if (!(node instanceof MapNode map)) {
            scalars.report(node, path, "expected a mapping, found " + node.describe());
            return out;
        }
        for (MapNode.Entry e : map.entries()) {
            Path at = path.child(e.key());
            if (e.value() instanceof MapNode limits) {
                Fields f = new Fields(limits, at, scalars);
                Long soft = f.integer("soft");
                Long hard = f.integer("hard");
                if (soft != null && hard != null) {
                    out.put(e.key(), new Ulimit(soft, hard, f.extensions()));
                } else if (soft == null && !limits.has("soft") || hard == null && !limits.has("hard")) {
                    scalars.report(limits, at, "a ulimit needs both soft and hard");
                }
                f.done();
            } else {
                Long single = scalars.integer(e.value(), at);
                if (single != null) {
                    out.put(e.key(), new Ulimit(single, single, null));
                }
            }
        }
        return out;
    }
}
