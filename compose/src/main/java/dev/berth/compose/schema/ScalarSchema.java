package dev.berth.compose.schema;

import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.Path;
import dev.berth.compose.tree.ScalarKind;
import dev.berth.compose.tree.ScalarNode;
import java.util.EnumSet;
import java.util.Set;

/**
 * A scalar of some kinds whose value passes a check. Integer and boolean schemas take strings
 * too, because interpolation turns {@code replicas: ${N}} into the string "3".
 */
final class ScalarSchema extends Schema {

    private final String noun;
    private final Set<ScalarKind> kinds;
    private final ScalarCheck check;

    ScalarSchema(String noun, Set<ScalarKind> kinds, ScalarCheck check) {
        this.noun = noun;
        this.kinds = EnumSet.copyOf(kinds);
        this.check = check;
    }

    /** The same kinds with one more check after this one. */
    ScalarSchema and(ScalarCheck next) {
        ScalarCheck first = check;
        return new ScalarSchema(noun, kinds, scalar -> {
            String problem = first.problem(scalar);
            return problem != null ? problem : next.problem(scalar);
        });
    }

    @Override
    String expected() {
        return noun;
    }

    @Override
    boolean fits(Node node) {
        return node instanceof ScalarNode scalar && kinds.contains(scalar.kind());
    }

    @Override
    void checkFitting(Node node, Path path, Validation validation) {
        String problem = check.problem((ScalarNode) node);
        if (problem != null) {
            validation.report(node.position(), path, problem);
        }
    }
}
