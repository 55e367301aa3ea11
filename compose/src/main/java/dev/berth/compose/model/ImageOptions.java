package dev.berth.compose.model;

/**
 * Options of an image mount.
 */
public record ImageOptions(
        String subpath,
        Extensions extensions) {

    public ImageOptions {
        extensions = extensions == null ? Extensions.EMPTY : extensions;
    }
}
