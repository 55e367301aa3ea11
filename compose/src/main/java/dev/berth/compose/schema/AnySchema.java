package dev.berth.compose.schema;

import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.Path;

/** Any node at all: extension values and driver-specific options the specification leaves open. */
final class AnySchema extends Schema {

    static final AnySchema INSTANCE = new AnySchema();

    private AnySchema() {
    }

    @Override
    String expected() {
        return "any value";
    }

    @Override
    boolean fits(Node node) {
        return true;
    }

    @Override
    void checkFitting(Node node, Path path, Validation validation) {
        // Nothing to check: the specification gives these values no structure.
    }
}
