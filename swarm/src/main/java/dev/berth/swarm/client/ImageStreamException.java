package dev.berth.swarm.client;

/** An error the engine reported inside a progress stream (a failed build step, a refused push). */
public final class ImageStreamException extends RuntimeException {

    public ImageStreamException(String message) {
        super(message);
    }
}
