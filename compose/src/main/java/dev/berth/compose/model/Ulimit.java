package dev.berth.compose.model;

/**
 * One resource limit; the single-number form sets soft and hard alike.
 */
public record Ulimit(
        long soft,
        long hard,
        Extensions extensions) {

    public Ulimit {
        extensions = extensions == null ? Extensions.EMPTY : extensions;
    }
}
