package dev.berth.compose.model;

import java.util.Map;

/**
 * Options of a volume mount.
 */
public record VolumeOptions(
        boolean nocopy,
        String subpath,
        Map<String, String> labels,
        Extensions extensions) {

    public VolumeOptions {
        labels = Frozen.sorted(labels);
        extensions = extensions == null ? Extensions.EMPTY : extensions;
    }
}
