package dev.berth.compose.model;

import java.util.Map;

/**
 * How a service is deployed on a cluster.
 */
public record Deploy(
        String mode,
        Long replicas,
        Map<String, String> labels,
        UpdateConfig updateConfig,
        UpdateConfig rollbackConfig,
        Resources resources,
        RestartPolicy restartPolicy,
        Placement placement,
        String endpointMode,
        Extensions extensions) {

    public Deploy {
        labels = Frozen.sorted(labels);
        extensions = extensions == null ? Extensions.EMPTY : extensions;
    }
}
