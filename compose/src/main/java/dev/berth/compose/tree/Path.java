package dev.berth.compose.tree;

import java.util.ArrayList;
import java.util.List;

/**
 * A dotted path into the tree, {@code services.compile.volumes.0}. Patterns use {@code *} for
 * any single segment: {@code services.*.environment}.
 */
public final class Path {

    public static final Path ROOT = new Path(List.of());

    private final List<String> segments;

    private Path(List<String> segments) {
        this.segments = segments;
    }

    public static Path of(String... segments) {
        return new Path(List.of(segments));
    }

    public static Path parse(String dotted) {
        return dotted.isEmpty() ? ROOT : new Path(List.of(dotted.split("\\.")));
    }

    public Path child(String key) {
        List<String> copy = new ArrayList<>(segments.size() + 1);
        copy.addAll(segments);
        copy.add(key);
        return new Path(List.copyOf(copy));
    }

    public Path index(int i) {
        return child(Integer.toString(i));
    }

    public List<String> segments() {
        return segments;
    }

    public int depth() {
        return segments.size();
    }

    public String last() {
        return segments.isEmpty() ? "" : segments.get(segments.size() - 1);
    }

    public String segment(int i) {
        return segments.get(i);
    }

    /** True when this path matches the pattern segment by segment, {@code *} matching any one. */
    public boolean matches(String pattern) {
        String[] parts = pattern.isEmpty() ? new String[0] : pattern.split("\\.");
        if (parts.length != segments.size()) {
            return false;
        }
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].equals("*") && !parts[i].equals(segments.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Path p && p.segments.equals(segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    @Override
    public String toString() {
        return String.join(".", segments);
    }
}
