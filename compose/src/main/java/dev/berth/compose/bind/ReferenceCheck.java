package dev.berth.compose.bind;

import dev.berth.compose.problem.Problems;
import java.util.Map;
import java.util.Set;

/** Reports every reference to a service, network, volume, config or secret that is not defined. */
final class ReferenceCheck {

    private ReferenceCheck() {
    }

    static void check(References references, Map<References.Kind, Set<String>> defined, Problems problems) {
        for (References.Reference r : references.list()) {
            if (!defined.getOrDefault(r.kind(), Set.of()).contains(r.name())) {
                problems.add(r.position(), r.path().toString(), r.kind().singular + " \"" + r.name()
                        + "\" is not defined in the top-level " + r.kind().plural);
            }
        }
    }
}
