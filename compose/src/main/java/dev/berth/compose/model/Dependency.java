package dev.berth.compose.model;

/**
 * One {@code depends_on} entry: the condition to wait for, whether the dependency must exist, and
 * whether to restart this service when the dependency restarts.
 */
public record Dependency(
        String condition,
        boolean required,
        boolean restart,
        Extensions extensions) {

    public Dependency {
        extensions = extensions == null ? Extensions.EMPTY : extensions;
    }
}
