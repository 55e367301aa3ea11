package dev.berth.compose.model;

import java.util.Map;

/**
 * A top-level config: its content comes from a file, an environment variable, inline content or an
 * existing external config. {@code name} is the name on the engine, never null.
 */
public record Config(
        String name,
        String file,
        String environment,
        String content,
        boolean external,
        Map<String, String> labels,
        String driver,
        Map<String, String> driverOpts,
        String templateDriver,
        Extensions extensions) {

    public Config {
        labels = Frozen.sorted(labels);
        driverOpts = Frozen.sorted(driverOpts);
        extensions = extensions == null ? Extensions.EMPTY : extensions;
    }
}
