package dev.berth.compose.load;

import dev.berth.compose.problem.Problems;
import dev.berth.compose.tree.KeyValues;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds cycles in {@code depends_on}; each is reported once, with the whole loop. */
final class DependencyCycles {

    private enum Mark { VISITING, DONE }

    private final Map<String, MapNode> dependencies = new LinkedHashMap<>();
    private final Map<String, Mark> marks = new HashMap<>();
    private final List<String> stack = new ArrayList<>();
    private final Problems problems;

    private DependencyCycles(MapNode services, Problems problems) {
        this.problems = problems;
        for (MapNode.Entry e : services.entries()) {
            Node deps = e.value() instanceof MapNode s ? s.get("depends_on") : null;
            dependencies.put(e.key(), deps == null ? MapNode.empty(e.keyPosition()) : KeyValues.asMap(deps));
        }
    }

    static void check(MapNode root, Problems problems) {
        if (root.get("services") instanceof MapNode services) {
            DependencyCycles cycles = new DependencyCycles(services, problems);
            services.keys().forEach(cycles::visit);
        }
    }

    private void visit(String service) {
        if (marks.get(service) == Mark.DONE || !dependencies.containsKey(service)) {
            return;
        }
        marks.put(service, Mark.VISITING);
        stack.add(service);
        for (MapNode.Entry dep : dependencies.get(service).entries()) {
            if (marks.get(dep.key()) == Mark.VISITING) {
                List<String> loop = new ArrayList<>(stack.subList(stack.indexOf(dep.key()), stack.size()));
                loop.add(dep.key());
                // Reported where the loop starts: the first service of it, depending on the second.
                MapNode.Entry first = dependencies.get(loop.get(0)).entry(loop.get(1));
                problems.add(first.keyPosition(), "services." + loop.get(0) + ".depends_on." + loop.get(1),
                        "dependency cycle: " + String.join(" -> ", loop));
            } else {
                visit(dep.key());
            }
        }
        stack.remove(stack.size() - 1);
        marks.put(service, Mark.DONE);
    }
}
