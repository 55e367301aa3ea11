package dev.berth.compose.problem;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one stage so that all of them are reported together. */
public final class Problems {

    private final List<Problem> list = new ArrayList<>();

    public void add(Position position, String path, String message) {
        list.add(new Problem(position, path, message));
    }

    public void add(Problem problem) {
        list.add(problem);
    }

    public void addAll(List<Problem> problems) {
        list.addAll(problems);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Problem> list() {
        return List.copyOf(list);
    }

    /** Throws when anything was collected; a stage calls this at its end. */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new ComposeException(list);
        }
    }
}
