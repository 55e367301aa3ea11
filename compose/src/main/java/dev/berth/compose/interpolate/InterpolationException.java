package dev.berth.compose.interpolate;

/**
 * A template cannot be substituted: its syntax is invalid or a required variable has no value.
 * Carries only the message; whoever knows where the template came from adds the position.
 */
public final class InterpolationException extends RuntimeException {

    public InterpolationException(String message) {
        super(message);
    }
}
