package dev.berth.swarm.build;

import java.util.List;

/**
 * Making or distributing a service's image failed; nothing of the environment was changed.
 * Carries the last lines of the build's output.
 */
public final class BuildFailure extends RuntimeException {

    private final String service;
    private final List<String> logTail;

    public BuildFailure(String service, String message, List<String> logTail) {
        super(message);
        this.service = service;
        this.logTail = List.copyOf(logTail);
    }

    public String service() {
        return service;
    }

    public List<String> logTail() {
        return logTail;
    }
}
