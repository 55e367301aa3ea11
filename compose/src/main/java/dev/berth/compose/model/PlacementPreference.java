package dev.berth.compose.model;

/**
 * Spread tasks evenly over the values of a node label.
 */
public record PlacementPreference(
        String spread,
        Extensions extensions) {

    public PlacementPreference {
        extensions = extensions == null ? Extensions.EMPTY : extensions;
    }
}
