package dev.berth.compose.model;

/**
 * Resource limits and reservations of a service's tasks.
 */
public record Resources(
        Resource limits,
        Resource reservations,
        Extensions extensions) {

    public Resources {
        extensions = extensions == null ? Extensions.EMPTY : extensions;
    }
}
