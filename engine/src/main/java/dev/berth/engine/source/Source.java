package dev.berth.engine.source;

import java.nio.file.Path;

/**
 * A source tree on disk, ready to read.
 *
 * @param directory the tree (for git: the checkout's subdirectory asked for)
 * @param commit the commit it was checked out at; null for a local directory
 */
public record Source(Path directory, String commit) {
}
