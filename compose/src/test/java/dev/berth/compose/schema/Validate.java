package dev.berth.compose.schema;

import dev.berth.compose.problem.Problem;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.yaml.YamlReader;
import java.util.List;

/** Reads a compose file from a text block and validates it, answering the problems as printed. */
final class Validate {

    private Validate() {
    }

    static List<String> problems(String yaml) {
        MapNode root = (MapNode) new YamlReader().read("compose.yaml", yaml);
        return ComposeSchema.validate(root).stream().map(Problem::toString).toList();
    }
}
