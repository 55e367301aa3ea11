package dev.berth.engine.build;

import java.nio.file.Path;

/**
 * One entry of a build context.
 *
 * @param name its path inside the context, '/'-separated
 * @param source where it is on disk (null for a generated file such as an inline Dockerfile)
 * @param kind file, directory or symbolic link
 * @param executable whether the owner may execute it (the mode bit that changes what an image does)
 * @param linkTarget a link's target, else null
 * @param content a generated file's bytes, else null
 */
public record ContextFile(String name, Path source, Kind kind, boolean executable, String linkTarget, byte[] content) {

    public enum Kind { FILE, DIRECTORY, SYMLINK }
}
