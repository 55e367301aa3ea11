package dev.berth.compose.model;

/**
 * A service's reference to a config or secret; {@code mode} is the file mode as a number
 * (written in octal).
 */
public record FileReference(
        String source,
        String target,
        String uid,
        String gid,
        Long mode,
        Extensions extensions) {

    public FileReference {
        extensions = extensions == null ? Extensions.EMPTY : extensions;
    }
}
