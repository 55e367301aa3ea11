package dev.berth.swarm.compile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** Tar entries written the same way every time: no timestamps, owner root, POSIX long names. */
final class Tars {

    private Tars() {
    }

    static TarArchiveOutputStream output(java.io.OutputStream out) {
        TarArchiveOutputStream tar = new TarArchiveOutputStream(out);
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        return tar;
    }

    static void directory(TarArchiveOutputStream tar, String name) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name.endsWith("/") ? name : name + "/");
        e.setMode(TarArchiveEntry.DEFAULT_DIR_MODE);
        fixed(e);
        tar.putArchiveEntry(e);
        tar.closeArchiveEntry();
    }

    static void file(TarArchiveOutputStream tar, String name, Path content, boolean executable) throws IOException {
        try (InputStream in = Files.newInputStream(content)) {
            file(tar, name, in, Files.size(content), executable);
        }
    }

    static void file(TarArchiveOutputStream tar, String name, InputStream content, long size, boolean executable)
            throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setMode(executable ? 0100755 : 0100644);
        e.setSize(size);
        fixed(e);
        tar.putArchiveEntry(e);
        content.transferTo(tar);
        tar.closeArchiveEntry();
    }

    static void link(TarArchiveOutputStream tar, String name, String target) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
        e.setLinkName(target);
        fixed(e);
        tar.putArchiveEntry(e);
        tar.closeArchiveEntry();
    }

    private static void fixed(TarArchiveEntry e) {
        e.setModTime(0);
        e.setUserId(0);
        e.setGroupId(0);
        e.setUserName("");
        e.setGroupName("");
    }
}
