package dev.berth.compose.tree;

import dev.berth.compose.problem.Position;

/**
 * The raw, positioned YAML tree that the loader works on before binding. Immutable; every
 * node remembers where it came from so that a problem found after merging still names the
 * right file, line and column.
 */
public sealed interface Node permits MapNode, SeqNode, ScalarNode {

    Position position();

    /** A local tag such as {@code !reset} or {@code !override}, or null. */
    String tag();

    Node withTag(String tag);

    /** A short word for messages: "a mapping", "a sequence", "a string"… */
    String describe();

    /** Number of nodes below and including this one, aliases counted as often as they occur. */
    long size();
}
