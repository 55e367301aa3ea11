package dev.berth.compose.schema;

import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.Path;
import java.util.regex.Pattern;

/** A mapping whose keys are names chosen by the user (services, labels, options…), all values alike. */
final class MapSchema extends Schema {

    /** A rule for the names used as keys, with the words for a message about a name that breaks it. */
    record NameRule(Pattern pattern, String what, String allowed) {

        static NameRule of(String regex, String what, String allowed) {
            return new NameRule(Pattern.compile(regex), what, allowed);
        }

        String problem(String name) {
            return pattern.matcher(name).matches() ? null
                    : "invalid " + what + " " + quote(name) + "; " + allowed;
        }
    }

    private final NameRule names;
    private final Schema values;

    MapSchema(NameRule names, Schema values) {
        this.names = names;
        this.values = values;
    }

    @Override
    String expected() {
        return "a mapping";
    }

    @Override
    boolean fits(Node node) {
        return node instanceof MapNode;
    }

    @Override
    void checkFitting(Node node, Path path, Validation validation) {
        for (MapNode.Entry entry : ((MapNode) node).entries()) {
            Path keyPath = path.child(entry.key());
            String problem = names == null ? null : names.problem(entry.key());
            if (problem != null) {
                validation.report(entry.keyPosition(), keyPath, problem);
            }
            values.check(entry.value(), keyPath, validation);
        }
    }
}
