package dev.berth.compose.tree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A dotted path into the tree, {@code services.compile.volumes.0}. Patterns use {@code *} for
 * any single segment: {@code services.*.environment}. A path points to its parent, so that
 * walking a large tree makes each child path in constant time.
 */
public final class Path {

    public static final Path ROOT = new Path(null, null);

    private static final Map<String, String[]> PATTERNS = new ConcurrentHashMap<>();

    private final Path parent;
    private final String last;
    private final int depth;

    private Path(Path parent, String last) {
        this.parent = parent;
        this.last = last;
        this.depth = parent == null ? 0 : parent.depth + 1;
    }

    public static Path of(String... segments) {
        Path p = ROOT;
        for (String s : segments) {
            p = p.child(s);
        }
        return p;
    }

    public static Path parse(String dotted) {
        return dotted.isEmpty() ? ROOT : of(dotted.split("\\."));
    }

    public Path child(String key) {
        return new Path(this, key);
    }

    public Path index(int i) {
        return child(Integer.toString(i));
    }

    public List<String> segments() {
        String[] out = new String[depth];
        Path p = this;
        for (int i = depth - 1; i >= 0; i--) {
            out[i] = p.last;
            p = p.parent;
        }
        return Collections.unmodifiableList(Arrays.asList(out));
    }

    public int depth() {
        return depth;
    }

    public String last() {
        return depth == 0 ? "" : last;
    }

    public String segment(int i) {
        Path p = this;
        for (int k = depth - 1; k > i; k--) {
            p = p.parent;
        }
        return p.last;
    }

    /** True when this path matches the pattern segment by segment, {@code *} matching any one. */
    public boolean matches(String pattern) {
        String[] parts = PATTERNS.computeIfAbsent(pattern, p -> p.isEmpty() ? new String[0] : p.split("\\."));
        if (parts.length != depth) {
            return false;
        }
        Path p = this;
        for (int i = parts.length - 1; i >= 0; i--) {
            if (!parts[i].equals("*") && !parts[i].equals(p.last)) {
                return false;
            }
            p = p.parent;
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Path other) || other.depth != depth) {
            return false;
        }
        Path a = this;
        Path b = other;
        while (a.depth > 0) {
            if (!a.last.equals(b.last)) {
                return false;
            }
            a = a.parent;
            b = b.parent;
        }
        return true;
    }

    @Override
    public int hashCode() {
        return segments().hashCode();
    }

    @Override
    public String toString() {
        if (depth == 0) {
            return "";
        }
        List<String> parts = new ArrayList<>(segments());
        return String.join(".", parts);
    }
}
