package dev.berth.compose.model;

import java.util.Map;

/**
 * A top-level volume; {@code name} is the name on the engine, never null.
 */
public record Volume(
        String name,
        String driver,
        Map<String, String> driverOpts,
        boolean external,
        Map<String, String> labels,
        Extensions extensions) {

    public Volume {
        driverOpts = Frozen.sorted(driverOpts);
        labels = Frozen.sorted(labels);
        extensions = extensions == null ? Extensions.EMPTY : extensions;
    }
}
