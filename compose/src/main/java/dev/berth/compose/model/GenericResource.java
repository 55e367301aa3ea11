package dev.berth.compose.model;

/**
 * A user-defined discrete resource reservation ({@code SSD=2}).
 */
public record GenericResource(
        String kind,
        long value,
        Extensions extensions) {

    public GenericResource {
        extensions = extensions == null ? Extensions.EMPTY : extensions;
    }
}
