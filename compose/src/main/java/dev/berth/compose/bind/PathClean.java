package dev.berth.compose.bind;

import java.util.ArrayDeque;
import java.util.Deque;

/** Go's {@code path.Clean} for container paths: no {@code .}, no {@code ..} that can be resolved, no double slash. */
final class PathClean {

    private PathClean() {
    }

    static String clean(String path) {
        if (path.isEmpty()) {
            return path;
        }
        boolean rooted = path.startsWith("/");
        Deque<String> out = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!out.isEmpty() && !out.peekLast().equals("..")) {
                    out.removeLast();
                } else if (!rooted) {
                    out.addLast("..");
                }
            } else {
                out.addLast(part);
            }
        }
        String joined = String.join("/", out);
        if (rooted) {
            return "/" + joined;
        }
        return joined.isEmpty() ? "." : joined;
    }
}
