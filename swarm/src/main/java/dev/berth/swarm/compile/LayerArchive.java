package dev.berth.swarm.compile;

import dev.berth.engine.artifact.ArtifactStore;
import dev.berth.engine.artifact.ModuleLayer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * A module's artifacts as one tar to unpack at the root of a container of its base image: each
 * file at its target path, each directory's entries under its target. The engine creates
 * missing parent directories; existing ones are left as the base image has them.
 */
final class LayerArchive {

    private LayerArchive() {
    }

    static void write(ModuleLayer layer, ArtifactStore store, OutputStream out) throws IOException {
        try (TarArchiveOutputStream tar = Tars.output(out)) {
            for (ModuleLayer.Delivery d : layer.deliveries()) {
                String target = d.target().replaceAll("^/+", "").replaceAll("/+$", "");
                Path blob = store.blob(d.sha256());
                if (!d.directory()) {
                    Tars.file(tar, target, blob, false);
                    continue;
                }
                Tars.directory(tar, target);
                try (InputStream in = Files.newInputStream(blob); TarArchiveInputStream from = new TarArchiveInputStream(in)) {
                    for (TarArchiveEntry e = from.getNextEntry(); e != null; e = from.getNextEntry()) {
                        String name = target + "/" + e.getName();
                        if (e.isDirectory()) {
                            Tars.directory(tar, name);
                        } else if (e.isSymbolicLink()) {
                            Tars.link(tar, name, e.getLinkName());
                        } else {
                            Tars.file(tar, name, from, e.getSize(), (e.getMode() & 0111) != 0);
                        }
                    }
                }
            }
            tar.finish();
        }
    }
}
