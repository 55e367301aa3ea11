package dev.berth.swarm.build;

import dev.berth.engine.build.BuildContext;
import dev.berth.engine.build.ContextFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * A build context as the tar stream {@code POST /build} reads, written from disk as it is sent
 * (never held in memory). Entries carry fixed owner and time, so the same files give the same tar.
 */
final class ContextTar {

    private ContextTar() {
    }

    /** Writes the whole context to {@code out} (not closed). */
    static void write(BuildContext context, OutputStream out) throws IOException {
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out);
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        for (ContextFile f : context.files()) {
            TarArchiveEntry entry = switch (f.kind()) {
                case DIRECTORY -> new TarArchiveEntry(f.name() + "/");
                case SYMLINK -> {
                    TarArchiveEntry link = new TarArchiveEntry(f.name(), TarArchiveEntry.LF_SYMLINK);
                    link.setLinkName(f.linkTarget());
                    yield link;
                }
                case FILE -> new TarArchiveEntry(f.name());
            };
            entry.setMode(switch (f.kind()) {
                case DIRECTORY -> 040755;
                case SYMLINK -> 0120777;
                case FILE -> f.executable() ? 0100755 : 0100644;
            });
            entry.setModTime(0);
            entry.setUserId(0);
            entry.setGroupId(0);
            if (f.kind() == ContextFile.Kind.FILE) {
                entry.setSize(f.content() != null ? f.content().length : Files.size(f.source()));
            }
            tar.putArchiveEntry(entry);
            if (f.kind() == ContextFile.Kind.FILE) {
                if (f.content() != null) {
                    tar.write(f.content());
                } else {
                    try (InputStream in = Files.newInputStream(f.source())) {
                        in.transferTo(tar);
                    }
                }
            }
            tar.closeArchiveEntry();
        }
        tar.finish();
        tar.flush();
    }

    /** The tar as a stream, written while the engine reads it. */
    static InputStream stream(BuildContext context) {
        return PipedTar.of(context.directory().getFileName().toString(), out -> write(context, out));
    }
}
