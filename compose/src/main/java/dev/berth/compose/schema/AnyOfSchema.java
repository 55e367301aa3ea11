package dev.berth.compose.schema;

import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.Path;
import java.util.List;

/**
 * One of several schemas, such as a short and a long syntax. The node's shape chooses: a
 * mapping goes to the long syntax, a string to the short one. When several fit the shape
 * (a boolean or a string), the first that accepts the value wins; when none does, the first
 * fitting one reports its problems, which are more useful than a list of everything tried.
 */
final class AnyOfSchema extends Schema {

    private final List<Schema> options;

    AnyOfSchema(List<Schema> options) {
        this.options = List.copyOf(options);
    }

    @Override
    String expected() {
        List<String> words = options.stream().map(Schema::expected).distinct().toList();
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    @Override
    boolean fits(Node node) {
        return options.stream().anyMatch(option -> option.fits(node));
    }

    @Override
    void checkFitting(Node node, Path path, Validation validation) {
        List<Schema> fitting = options.stream().filter(option -> option.fits(node)).toList();
        if (fitting.size() > 1) {
            for (Schema option : fitting) {
                Validation trial = validation.trial();
                option.checkFitting(node, path, trial);
                if (trial.isClean()) {
                    return;
                }
            }
        }
        fitting.get(0).checkFitting(node, path, validation);
    }
}
