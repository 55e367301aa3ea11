package dev.berth.swarm.compile;

import java.util.List;

/** The compile step or a module image could not be made; nothing was deployed. */
public final class CompileException extends RuntimeException {

    private final List<String> logTail;

    public CompileException(String message, List<String> logTail) {
        super(message);
        this.logTail = List.copyOf(logTail);
    }

    public CompileException(String message) {
        this(message, List.of());
    }

    /** The last lines the failing step printed, oldest first. */
    public List<String> logTail() {
        return logTail;
    }
}
