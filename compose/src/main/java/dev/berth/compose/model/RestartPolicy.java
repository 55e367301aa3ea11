package dev.berth.compose.model;

import java.time.Duration;

/**
 * When and how often the cluster restarts a service's tasks.
 */
public record RestartPolicy(
        String condition,
        Duration delay,
        Long maxAttempts,
        Duration window,
        Extensions extensions) {

    public RestartPolicy {
        extensions = extensions == null ? Extensions.EMPTY : extensions;
    }
}
