package dev.berth.engine.artifact;

/** An artifact a module needs is missing or damaged; nothing is deployed. */
public final class ArtifactException extends RuntimeException {

    public ArtifactException(String message) {
        super(message);
    }
}
