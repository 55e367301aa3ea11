package dev.berth.compose.schema;

import dev.berth.compose.tree.Path;
import java.util.List;

/**
 * A dotted path pattern such as {@code services.*.deploy.rollback_config}: {@code *} stands
 * for any one segment, and a segment ending in {@code *} ({@code x-*}) for any segment with
 * that prefix; a last segment {@code **} stands for one or more segments.
 */
record PathPattern(String text, List<String> segments) {

    static PathPattern of(String text) {
        return new PathPattern(text, List.of(text.split("\\.")));
    }

    boolean matches(Path path) {
        boolean deep = segments.get(segments.size() - 1).equals("**");
        int fixed = deep ? segments.size() - 1 : segments.size();
        if (deep ? path.depth() <= fixed : path.depth() != fixed) {
            return false;
        }
        for (int i = 0; i < fixed; i++) {
            String wanted = segments.get(i);
            String actual = path.segment(i);
            boolean ok = wanted.endsWith("*")
                    ? actual.startsWith(wanted.substring(0, wanted.length() - 1))
                    : wanted.equals(actual);
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
