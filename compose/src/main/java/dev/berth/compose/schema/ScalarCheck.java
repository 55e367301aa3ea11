package dev.berth.compose.schema;

import dev.berth.compose.tree.ScalarNode;

/** Checks the value of a scalar whose kind already fits; answers the problem, or null when valid. */
@FunctionalInterface
interface ScalarCheck {

    ScalarCheck NONE = scalar -> null;

    String problem(ScalarNode scalar);
}
