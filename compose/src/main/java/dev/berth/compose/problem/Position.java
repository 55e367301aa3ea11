package dev.berth.compose.problem;

/** Where a node stands in its source file; line and column count from 1. */
public record Position(String file, int line, int column) {

    /** For values that come from no file: defaults, the command line, the environment. */
    public static final Position NONE = new Position("", 0, 0);

    public boolean known() {
        return line > 0;
    }

    @Override
    public String toString() {
        return known() ? file + ":" + line + ":" + column : file;
    }
}
