package dev.berth.compose.model;

/**
 * One mount of a service in long syntax: {@code type} is bind, volume, tmpfs, npipe, cluster or image;
 * {@code source} is null for an anonymous volume and a tmpfs.
 */
public record ServiceVolume(
        String type,
        String source,
        String target,
        boolean readOnly,
        String consistency,
        VolumeBind bind,
        VolumeOptions volume,
        TmpfsOptions tmpfs,
        ImageOptions image,
        Extensions extensions) {

    public ServiceVolume {
        extensions = extensions == null ? Extensions.EMPTY : extensions;
    }
}
