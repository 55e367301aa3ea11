package dev.berth.compose.model;

/**
 * Options of a bind mount.
 */
public record VolumeBind(
        String propagation,
        boolean createHostPath,
        String selinux,
        String recursive,
        Extensions extensions) {

    public VolumeBind {
        extensions = extensions == null ? Extensions.EMPTY : extensions;
    }
}
