package dev.berth.swarm.compile;

/**
 * A module's image with its artifacts, on the builder engine.
 *
 * @param reference the content tag, {@code berth-module/PROJECT-SERVICE:HASH12}
 * @param label the {@code dev.berth.artifacts} label for the module's service
 * @param built false when an image with this content was there already
 */
public record ModuleImage(String service, String reference, String imageId, String label, boolean built) {
}
