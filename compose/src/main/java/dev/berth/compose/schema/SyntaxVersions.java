package dev.berth.compose.schema;

import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.Path;
import dev.berth.compose.tree.ScalarNode;
import dev.berth.compose.tree.SeqNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Syntaxes newer than the keys they appear under: the long volume syntax is a mapping where
 * 3.0 and 3.1 took only strings. Keyed by the path of the node and what the node looks like.
 */
final class SyntaxVersions {

    record Syntax(String name, PathPattern pattern, Predicate<Node> looksLike, FormatVersion introduced) {
    }

    private static final FormatVersion SPEC = FormatVersion.SPECIFICATION;

    private static final List<Syntax> SYNTAXES = List.of(
            syntax("the long port syntax", "services.*.ports.*", mapping(), FormatVersion.v3(2)),
            syntax("the long volume syntax", "services.*.volumes.*", mapping(), FormatVersion.v3(2)),
            syntax("the long depends_on syntax", "services.*.depends_on", mapping(), SPEC),
            syntax("the long device syntax", "services.*.devices.*", mapping(), SPEC),
            syntax("the long env_file syntax", "services.*.env_file.*", mapping(), SPEC),
            syntax("several addresses for one extra host", "services.*.extra_hosts.*", sequence(), SPEC),
            syntax("a null command", "services.*.command", nullValue(), SPEC),
            syntax("a null entrypoint", "services.*.entrypoint", nullValue(), SPEC),
            syntax("the \"image\" volume type", "services.*.volumes.*.type", text("image"), SPEC));

    private SyntaxVersions() {
    }

    static Optional<Syntax> find(Path path, Node node) {
        return SYNTAXES.stream().filter(s -> s.pattern().matches(path) && s.looksLike().test(node)).findFirst();
    }

    private static Syntax syntax(String name, String pattern, Predicate<Node> looksLike, FormatVersion since) {
        return new Syntax(name, PathPattern.of(pattern), looksLike, since);
    }

    private static Predicate<Node> mapping() {
        return node -> node instanceof MapNode;
    }

    private static Predicate<Node> sequence() {
        return node -> node instanceof SeqNode;
    }

    private static Predicate<Node> nullValue() {
        return node -> node instanceof ScalarNode scalar && scalar.isNull();
    }

    private static Predicate<Node> text(String value) {
        return node -> node instanceof ScalarNode scalar && scalar.text().equals(value);
    }
}
