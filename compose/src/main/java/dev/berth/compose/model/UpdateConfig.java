package dev.berth.compose.model;

import java.time.Duration;

/**
 * How an update (or a rollback) of a service rolls over its tasks.
 */
public record UpdateConfig(
        Long parallelism,
        Duration delay,
        String failureAction,
        Duration monitor,
        Double maxFailureRatio,
        String order,
        Extensions extensions) {

    public UpdateConfig {
        extensions = extensions == null ? Extensions.EMPTY : extensions;
    }
}
