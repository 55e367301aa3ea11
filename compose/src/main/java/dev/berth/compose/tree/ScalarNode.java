package dev.berth.compose.tree;

import dev.berth.compose.problem.Position;

/** A scalar: its text as written and the type it resolved to. */
public record ScalarNode(String text, ScalarKind kind, Position position, String tag) implements Node {

    public static ScalarNode string(String text, Position position) {
        return new ScalarNode(text, ScalarKind.STRING, position, null);
    }

    public static ScalarNode ofNull(Position position) {
        return new ScalarNode("null", ScalarKind.NULL, position, null);
    }

    public static ScalarNode ofInt(long value, Position position) {
        return new ScalarNode(Long.toString(value), ScalarKind.INT, position, null);
    }

    public static ScalarNode ofBool(boolean value, Position position) {
        return new ScalarNode(Boolean.toString(value), ScalarKind.BOOL, position, null);
    }

    public boolean isNull() {
        return kind == ScalarKind.NULL;
    }

    public boolean isString() {
        return kind == ScalarKind.STRING;
    }

    public ScalarNode withText(String newText) {
        return new ScalarNode(newText, kind, position, tag);
    }

    @Override
    public ScalarNode withTag(String newTag) {
        return new ScalarNode(text, kind, position, newTag);
    }

    @Override
    public String describe() {
        return kind.description();
    }

    @Override
    public long size() {
        return 1;
    }
}
