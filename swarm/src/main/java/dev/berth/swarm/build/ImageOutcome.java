package dev.berth.swarm.build;

/**
 * One image made on the builder engine for a service.
 *
 * @param reference the name:tag the builder engine has it under
 * @param imageId the image's ID on the builder ({@code sha256:…})
 * @param size its size in bytes
 * @param built true when it was built now; false when the builder already had it
 */
public record ImageOutcome(String reference, String imageId, long size, boolean built) {
}
