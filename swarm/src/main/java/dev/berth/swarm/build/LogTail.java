package dev.berth.swarm.build;

import java.util.ArrayDeque;
import java.util.List;

/** The last lines of a build's output, for the error when it fails. */
final class LogTail {

    private final int size;
    private final ArrayDeque<String> lines = new ArrayDeque<>();

    LogTail(int size) {
        this.size = size;
    }

    synchronized void add(String line) {
        if (lines.size() == size) {
            lines.removeFirst();
        }
        lines.addLast(line);
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }
}
