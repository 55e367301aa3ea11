package dev.berth.compose.schema;

import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.Path;
import dev.berth.compose.tree.ScalarNode;

/**
 * One node of Berth's declarative description of a compose file. A schema knows what shape of
 * node it takes (so that {@link AnyOfSchema} can choose between a short and a long syntax by
 * shape) and how to check a node of that shape; every problem goes to the {@link Validation},
 * nothing stops at the first.
 */
abstract sealed class Schema permits ObjectSchema, MapSchema, ListSchema, ScalarSchema, AnyOfSchema,
        AnySchema {

    /** What this schema expects, for messages: "a string", "a mapping", "a duration". */
    abstract String expected();

    /** Whether the node has the shape this schema takes; the value itself may still be wrong. */
    abstract boolean fits(Node node);

    /** Checks a node that {@link #fits fits}. */
    abstract void checkFitting(Node node, Path path, Validation validation);

    /** Checks any node: its syntax against the declared format version, its shape, then its content. */
    final void check(Node node, Path path, Validation validation) {
        if (validation.syntaxIsGated(node, path)) {
            return;
        }
        if (!fits(node)) {
            validation.report(node.position(), path, "expected " + expected() + ", found " + found(node));
            return;
        }
        checkFitting(node, path, validation);
    }

    /** How a node is named in "found …": its kind, or a string's text, which says more. */
    static String found(Node node) {
        if (node instanceof ScalarNode scalar && scalar.isString()) {
            return quote(scalar.text());
        }
        return node.describe();
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
