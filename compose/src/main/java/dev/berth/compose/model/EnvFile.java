package dev.berth.compose.model;

/**
 * A file of environment variables for a service; {@code required} defaults to true.
 */
public record EnvFile(
        String path,
        boolean required,
        String format) {
}
