package dev.berth.swarm.compile;

import dev.berth.engine.artifact.SourceTree;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * The source tree as a tar to unpack at the container's root, so that it lands at the compile
 * step's {@code source} path even when the image has no such directory.
 */
final class SourceArchive {

    private SourceArchive() {
    }

    static void write(SourceTree tree, String target, OutputStream out) throws IOException {
        String prefix = target.replaceAll("^/+", "").replaceAll("/+$", "");
        try (TarArchiveOutputStream tar = Tars.output(out)) {
            StringBuilder parent = new StringBuilder();
            for (String part : prefix.split("/")) {
                parent.append(part).append('/');
                Tars.directory(tar, parent.toString());
            }
            for (SourceTree.Entry e : tree.entries()) {
                String name = prefix + "/" + e.path();
                switch (e.kind()) {
                    case DIRECTORY -> Tars.directory(tar, name);
                    case LINK -> Tars.link(tar, name, e.link());
                    case FILE -> Tars.file(tar, name, tree.root().resolve(e.path()), e.executable());
                }
            }
            tar.finish();
        }
    }
}
