package dev.berth.engine.artifact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A source directory as the compile step sees it: its entries in a fixed order, and one hash of
 * names, kinds, executable bits and contents. Timestamps, owners and a {@code .git} directory do
 * not count, so a fresh checkout of the same revision hashes the same.
 */
public record SourceTree(Path root, List<Entry> entries, String hash) {

    /**
     * @param path relative, with '/' separators
     * @param link the target of a symbolic link, else null
     */
    public record Entry(String path, Kind kind, boolean executable, String link) {
    }

    public enum Kind { DIRECTORY, FILE, LINK }

    public static SourceTree of(Path root) {
        List<Entry> entries = new ArrayList<>();
        MessageDigest tree = ArtifactStore.sha256();
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> paths = walk.filter(p -> !p.equals(root)).filter(p -> !underGit(root, p))
                    .sorted(java.util.Comparator.comparing(p -> slashed(root.relativize(p)))).toList();
            for (Path p : paths) {
                String rel = slashed(root.relativize(p));
                Entry e;
                String digest = "";
                if (Files.isSymbolicLink(p)) {
                    e = new Entry(rel, Kind.LINK, false, Files.readSymbolicLink(p).toString());
                    digest = e.link();
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    e = new Entry(rel, Kind.DIRECTORY, true, null);
                } else {
                    e = new Entry(rel, Kind.FILE, Files.isExecutable(p), null);
                    digest = ArtifactStore.hash(p);
                }
                entries.add(e);
                tree.update((e.kind() + " " + (e.executable() ? "x" : "-") + " " + digest + " " + rel + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the source " + root + ": " + e.getMessage(), e);
        }
        return new SourceTree(root, entries, HexFormat.of().formatHex(tree.digest()));
    }

    private static boolean underGit(Path root, Path p) {
        Path rel = root.relativize(p);
        return rel.getNameCount() > 0 && rel.getName(0).toString().equals(".git");
    }

    private static String slashed(Path rel) {
        return rel.toString().replace(java.io.File.separatorChar, '/');
    }
}
