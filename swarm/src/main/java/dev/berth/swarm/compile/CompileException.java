package dev.berth.swarm.compile;

import java.util.List;

/**
 * The compile step or a module image could not be made; nothing was deployed. The message ends
 * with the last lines the failing step printed.
 */
public final class CompileException extends RuntimeException {

    private final List<String> logTail;

    public CompileException(String message, List<String> logTail) {
        super(logTail.isEmpty() ? message
                : message + "; its last " + logTail.size() + " lines:\n  " + String.join("\n  ", logTail));
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
