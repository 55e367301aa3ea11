package dev.berth.engine.source;

/** A source tree could not be had: a missing directory, an unknown ref, a failed clone. */
public final class SourceException extends RuntimeException {

    public SourceException(String message) {
        super(message);
    }
}
