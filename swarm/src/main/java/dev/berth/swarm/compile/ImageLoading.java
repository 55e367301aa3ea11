package dev.berth.swarm.compile;

import dev.berth.swarm.client.SwarmClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Puts images made on the builder into the engines of the nodes that lack them, by
 * {@code docker save} on the builder and {@code docker load} on each node: for clusters without
 * a registry. An engine that has an image with the same ID is left alone.
 */
public final class ImageLoading {

    private final SwarmClient builder;
    private final Consumer<String> progress;

    public ImageLoading(SwarmClient builder, Consumer<String> progress) {
        this.builder = builder;
        this.progress = progress;
    }

    public void load(List<ModuleImage> images, List<SwarmClient> engines) {
        for (ModuleImage image : images) {
            Path saved = null;
            try {
                for (SwarmClient engine : engines) {
                    if (engine.endpoint().host().equals(builder.endpoint().host())
                            || image.imageId().equals(engine.buildContainers().imageId(image.reference()))) {
                        continue;
                    }
                    if (saved == null) {
                        saved = Files.createTempFile("berth-image-", ".tar");
                        try (OutputStream out = Files.newOutputStream(saved)) {
                            builder.buildContainers().save(List.of(image.reference()), out);
                        }
                    }
                    try (InputStream in = Files.newInputStream(saved)) {
                        engine.buildContainers().load(in);
                    }
                    progress.accept("module " + image.service() + ": loaded " + image.reference() + " into " + engine.endpoint().host());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot move " + image.reference() + " to the nodes: " + e.getMessage(), e);
            } finally {
                if (saved != null) {
                    saved.toFile().delete();
                }
            }
        }
    }
}
