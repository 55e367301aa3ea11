package dev.berth.swarm.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarFile;

/**
 * An image saved by {@code GET /images/{name}/get}, on disk. An engine that loads it opens a
 * layer's {@code layer.tar} only when it lacks that layer, so a copy without the layers a node
 * already has (those of its base image, typically) loads the same image from a fraction of the
 * bytes.
 *
 * @param file the saved tar
 * @param layerFiles the tar's layer file for each layer of the image, bottom first (from manifest.json)
 */
record SavedImage(Path file, List<String> layerFiles) {

    static SavedImage read(Path file) {
        // TarFile seeks from header to header instead of reading the layers through
        try (TarFile tar = new TarFile(file)) {
            for (TarArchiveEntry entry : tar.getEntries()) {
                if (entry.getName().equals("manifest.json")) {
                    JsonNode manifest;
                    try (InputStream in = tar.getInputStream(entry)) {
                        manifest = new ObjectMapper().readTree(in);
                    }
                    List<String> layers = new ArrayList<>();
                    manifest.path(0).path("Layers").forEach(l -> layers.add(l.asText()));
                    return new SavedImage(file, layers);
                }
            }
            throw new IOException("no manifest.json in the saved image");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the saved image " + file + ": " + e.getMessage(), e);
        }
    }

    /** The tar without the files of the bottom {@code shared} layers (unless a higher layer needs the same file). */
    InputStream without(int shared) {
        Set<String> skip = new HashSet<>(layerFiles.subList(0, Math.min(shared, layerFiles.size())));
        skip.removeAll(layerFiles.subList(Math.min(shared, layerFiles.size()), layerFiles.size()));
        if (skip.isEmpty()) {
            try {
                return Files.newInputStream(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return PipedTar.of(file.getFileName().toString(), out -> {
            try (TarFile source = new TarFile(file)) {
                TarArchiveOutputStream target = new TarArchiveOutputStream(out);
                target.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
                target.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
                for (TarArchiveEntry entry : source.getEntries()) {
                    if (skip.contains(entry.getName())) {
                        continue;
                    }
                    target.putArchiveEntry(entry);
                    try (InputStream data = source.getInputStream(entry)) {
                        data.transferTo(target);
                    }
                    target.closeArchiveEntry();
                }
                target.finish();
            }
        });
    }

    /** How many bottom layers of {@code image} (diff IDs) are also the bottom layers of {@code other}. */
    static int sharedPrefix(List<String> image, List<String> other) {
        int n = 0;
        while (n < image.size() && n < other.size() && image.get(n).equals(other.get(n))) {
            n++;
        }
        return n;
    }
}
