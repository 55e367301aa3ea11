package dev.berth.compose.model;

import java.util.List;

/**
 * Where a service's tasks may run.
 */
public record Placement(
        List<String> constraints,
        List<PlacementPreference> preferences,
        Long maxReplicasPerNode,
        Extensions extensions) {

    public Placement {
        constraints = Frozen.list(constraints);
        preferences = Frozen.list(preferences);
        extensions = extensions == null ? Extensions.EMPTY : extensions;
    }
}
