package dev.berth.compose.model;

/**
 * Options of a tmpfs mount; size in bytes, mode as a number.
 */
public record TmpfsOptions(
        Long size,
        Long mode,
        Extensions extensions) {

    public TmpfsOptions {
        extensions = extensions == null ? Extensions.EMPTY : extensions;
    }
}
