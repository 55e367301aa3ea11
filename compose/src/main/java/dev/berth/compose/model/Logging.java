package dev.berth.compose.model;

import java.util.Map;

/**
 * The log driver of a service and its options.
 */
public record Logging(
        String driver,
        Map<String, String> options,
        Extensions extensions) {

    public Logging {
        options = Frozen.sorted(options);
        extensions = extensions == null ? Extensions.EMPTY : extensions;
    }
}
