package dev.berth.compose.model;

import java.time.Duration;
import java.util.List;

/**
 * A container health check; {@code test} is in exec form ({@code ["CMD-SHELL", "…"]} for a string).
 */
public record Healthcheck(
        List<String> test,
        Duration interval,
        Duration timeout,
        Duration startPeriod,
        Duration startInterval,
        Long retries,
        boolean disable,
        Extensions extensions) {

    public Healthcheck {
        test = Frozen.list(test);
        extensions = extensions == null ? Extensions.EMPTY : extensions;
    }
}
