package dev.berth.compose.interpolate;

import dev.berth.compose.problem.ComposeException;
import dev.berth.compose.problem.Problems;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.Path;
import dev.berth.compose.tree.ScalarNode;
import dev.berth.compose.tree.SeqNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Variable substitution as the Compose Specification defines it: {@code $VAR}, {@code ${VAR}},
 * {@code ${VAR:-default}}, {@code ${VAR-default}}, {@code ${VAR:?error}}, {@code ${VAR?error}},
 * {@code ${VAR:+alternate}}, {@code ${VAR+alternate}}, arguments that hold references in turn,
 * and {@code $$} for a literal {@code $}. The environment comes in as a lookup that returns
 * null for an unset variable, so this stays free of the process environment.
 */
public final class Interpolation {

    private Interpolation() {
    }

    /**
     * Substitutes every reference in {@code template}; an unset variable without a default
     * becomes the empty string.
     *
     * @throws InterpolationException when the syntax is invalid or a required variable is missing
     */
    public static String substitute(String template, Function<String, String> lookup) {
        return substitute(template, lookup, name -> { });
    }

    /** As {@link #substitute(String, Function)}; {@code unset} hears each plain reference to an unset variable. */
    static String substitute(String template, Function<String, String> lookup, Consumer<String> unset) {
        if (template.indexOf('$') < 0) {
            return template;
        }
        return TemplateParser.parse(template).evaluate(lookup, unset);
    }

    /**
     * A copy of the tree with every string value substituted. Mapping keys and scalars of
     * other kinds (numbers, booleans, null) stay as they are.
     *
     * @throws ComposeException with one problem per scalar that cannot be substituted, each
     *         naming the scalar's position and path
     */
    public static Node interpolate(Node root, Function<String, String> lookup) {
        return interpolate(root, lookup, new Problems());
    }

    /**
     * As {@link #interpolate(Node, Function)}; {@code warnings} gets one per scalar whose plain
     * reference names a variable that is not set (taken as empty, as docker compose warns).
     */
    public static Node interpolate(Node root, Function<String, String> lookup, Problems warnings) {
        Problems problems = new Problems();
        Node result = new Walk(lookup, problems, warnings).node(root, Path.ROOT);
        problems.throwIfAny();
        return result;
    }

    private record Walk(Function<String, String> lookup, Problems problems, Problems warnings) {

        Node node(Node node, Path path) {
            if (node instanceof MapNode map) {
                return mapping(map, path);
            }
            if (node instanceof SeqNode seq) {
                return sequence(seq, path);
            }
            return scalar((ScalarNode) node, path);
        }

        private MapNode mapping(MapNode map, Path path) {
            List<MapNode.Entry> entries = new ArrayList<>(map.entries().size());
            for (MapNode.Entry entry : map.entries()) {
                entries.add(entry.withValue(node(entry.value(), path.child(entry.key()))));
            }
            return map.withEntries(entries);
        }

        private SeqNode sequence(SeqNode seq, Path path) {
            List<Node> items = new ArrayList<>(seq.length());
            for (int i = 0; i < seq.length(); i++) {
                items.add(node(seq.get(i), path.index(i)));
            }
            return seq.withItems(items);
        }

        private ScalarNode scalar(ScalarNode scalar, Path path) {
            if (!scalar.isString()) {
                return scalar;
            }
            try {
                java.util.Set<String> unset = new java.util.TreeSet<>();
                String text = substitute(scalar.text(), lookup, unset::add);
                unset.forEach(name -> warnings.add(scalar.position(), path.toString(), "variable " + name
                        + " is not set; it is taken as an empty string"));
                return text.equals(scalar.text()) ? scalar : scalar.withText(text);
            } catch (InterpolationException e) {
                problems.add(scalar.position(), path.toString(), e.getMessage());
                return scalar;
            }
        }
    }
}
