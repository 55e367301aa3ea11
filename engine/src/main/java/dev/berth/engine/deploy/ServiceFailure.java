package dev.berth.engine.deploy;

import java.util.List;

/**
 * A service did not reach its goal: which one, why (the task's error or exit code), on which
 * node, and the last lines it logged.
 */
public final class ServiceFailure extends Exception {

    private final String service;
    private final String node;
    private final Integer exitCode;
    private final List<String> lastLogLines;

    public ServiceFailure(String service, String reason, String node, Integer exitCode, List<String> lastLogLines) {
        super(reason);
        this.service = service;
        this.node = node;
        this.exitCode = exitCode;
        this.lastLogLines = List.copyOf(lastLogLines);
    }

    public String service() {
        return service;
    }

    public String node() {
        return node;
    }

    public Integer exitCode() {
        return exitCode;
    }

    public List<String> lastLogLines() {
        return lastLogLines;
    }
}
