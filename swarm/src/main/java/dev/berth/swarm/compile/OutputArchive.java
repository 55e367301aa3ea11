package dev.berth.swarm.compile;

import dev.berth.engine.artifact.ArtifactStore;
import dev.berth.engine.artifact.SourceTree;
import dev.berth.engine.artifact.StepRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Turns the tar the engine sends for one output path into one blob of the store: a file's bytes
 * as they are; a directory unpacked and packed again in a fixed form (sorted, no timestamps, no
 * owners), so that the same content always has the same sha256.
 */
final class OutputArchive {

    private OutputArchive() {
    }

    static StepRecord.Output store(InputStream engineTar, String path, ArtifactStore store) throws IOException {
        TarArchiveInputStream tar = new TarArchiveInputStream(engineTar);
        TarArchiveEntry first = tar.getNextEntry();
        if (first == null) {
            throw new IOException(path + " is empty in the container");
        }
        if (first.isFile()) {
            ArtifactStore.Blob blob = store.put(tar);
            return new StepRecord.Output(blob.sha256(), blob.size(), "file", path);
        }
        if (!first.isDirectory()) {
            throw new IOException(path + " is neither a file nor a directory in the container (a link?)");
        }
        Path temp = Files.createTempDirectory("berth-output-");
        try {
            String top = first.getName();
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                if (!e.getName().startsWith(top)) {
                    continue;
                }
                Path to = temp.resolve(e.getName().substring(top.length())).normalize();
                if (!to.startsWith(temp)) {
                    throw new IOException(path + " holds an entry outside itself: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(to);
                } else if (e.isSymbolicLink()) {
                    Files.createDirectories(to.getParent());
                    Files.createSymbolicLink(to, Path.of(e.getLinkName()));
                } else if (e.isFile()) {
                    Files.createDirectories(to.getParent());
                    Files.copy(tar, to);
                    if ((e.getMode() & 0111) != 0) {
                        to.toFile().setExecutable(true, false);
                    }
                }
            }
            Path packed = Files.createTempFile("berth-output-", ".tar");
            try {
                try (OutputStream out = Files.newOutputStream(packed)) {
                    pack(SourceTree.of(temp), out);
                }
                try (InputStream in = Files.newInputStream(packed)) {
                    ArtifactStore.Blob blob = store.put(in);
                    return new StepRecord.Output(blob.sha256(), blob.size(), "directory", path);
                }
            } finally {
                Files.deleteIfExists(packed);
            }
        } finally {
            delete(temp);
        }
    }

    /** A directory's entries relative to it, in the tree's fixed order. */
    static void pack(SourceTree tree, OutputStream out) throws IOException {
        try (TarArchiveOutputStream tar = Tars.output(out)) {
            for (SourceTree.Entry e : tree.entries()) {
                switch (e.kind()) {
                    case DIRECTORY -> Tars.directory(tar, e.path());
                    case LINK -> Tars.link(tar, e.path(), e.link());
                    case FILE -> Tars.file(tar, e.path(), tree.root().resolve(e.path()), e.executable());
                }
            }
            tar.finish();
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
