package dev.berth.compose.schema;

/**
 * A compose file format version that introduced a key or a syntax: 3.0 to 3.13 as
 * {@code docker stack deploy} knows them, or the Compose Specification for what no 3.x
 * version had.
 */
record FormatVersion(int minor) implements Comparable<FormatVersion> {

    /** The newest 3.x format; {@code version: "3"} means this one, as in {@code docker stack deploy}. */
    static final int LATEST_MINOR = 13;

    static final FormatVersion SPECIFICATION = new FormatVersion(Integer.MAX_VALUE);

    static FormatVersion v3(int minor) {
        if (minor < 0 || minor > LATEST_MINOR) {
            throw new IllegalArgumentException("no compose file format 3." + minor);
        }
        return new FormatVersion(minor);
    }

    boolean isSpecification() {
        return minor == Integer.MAX_VALUE;
    }

    @Override
    public int compareTo(FormatVersion other) {
        return Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return isSpecification() ? "the Compose Specification" : "3." + minor;
    }
}
