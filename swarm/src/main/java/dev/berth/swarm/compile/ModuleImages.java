package dev.berth.swarm.compile;

import dev.berth.compose.model.Project;
import dev.berth.engine.Labels;
import dev.berth.engine.artifact.ArtifactStore;
import dev.berth.engine.artifact.BerthBuild;
import dev.berth.engine.artifact.ModuleLayer;
import dev.berth.engine.artifact.StepRecord;
import dev.berth.swarm.client.BuildContainers;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Stage 3: each module's base image with its artifacts as one thin layer on top, made by copying
 * them into a container of the base image and committing it (which keeps the base's CMD,
 * ENTRYPOINT and ENV). Tagged by content, so an unchanged module is not made again. Every
 * artifact is checked against its sha256 first; a missing or changed one fails by name.
 */
public final class ModuleImages {

    private final BuildContainers builder;
    private final ArtifactStore store;
    private final Consumer<String> progress;

    public ModuleImages(BuildContainers builder, ArtifactStore store, Consumer<String> progress) {
        this.builder = builder;
        this.store = store;
        this.progress = progress;
    }

    /** The layers to make, every artifact verified; nothing is made yet. */
    public List<ModuleLayer> plan(Project project, BerthBuild build, StepRecord step) {
        List<ModuleLayer> layers = new ArrayList<>();
        for (BerthBuild.Module module : build.modules().values()) {
            String base = project.services().get(module.service()).image();
            String baseId = builder.imageId(base);
            if (baseId == null) {
                throw new CompileException("the image " + base + " of " + module.service() + " is not on the builder engine");
            }
            List<ModuleLayer.Delivery> deliveries = new ArrayList<>();
            module.targets().forEach((artifact, target) -> {
                StepRecord.Output output = step.outputs().get(artifact);
                if (output == null) {
                    throw new CompileException("artifact " + artifact + " of " + module.service() + " was not produced by "
                            + step.step());
                }
                try {
                    store.verify(artifact, output.sha256());
                } catch (dev.berth.engine.artifact.ArtifactException e) {
                    throw new CompileException(module.service() + ": " + e.getMessage());
                }
                deliveries.add(new ModuleLayer.Delivery(artifact, output.sha256(), output.size(), output.directory(), target));
            });
            layers.add(new ModuleLayer(project.name(), module.service(), baseId, deliveries));
        }
        return layers;
    }

    public Map<String, ModuleImage> make(List<ModuleLayer> layers) {
        Map<String, ModuleImage> out = new LinkedHashMap<>();
        for (ModuleLayer layer : layers) {
            String reference = layer.reference();
            String existing = builder.imageId(reference);
            if (existing != null) {
                progress.accept("module " + layer.service() + ": " + reference + " unchanged");
                out.put(layer.service(), new ModuleImage(layer.service(), reference, existing, layer.label(), false));
                continue;
            }
            String id = commit(layer, reference);
            progress.accept("module " + layer.service() + ": built " + reference);
            out.put(layer.service(), new ModuleImage(layer.service(), reference, id, layer.label(), true));
        }
        return out;
    }

    private String commit(ModuleLayer layer, String reference) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("Image", layer.baseImageId());
        config.put("Labels", Map.of(Labels.ARTIFACTS, layer.label(), Labels.MODULE_HASH, layer.hash()));
        String container = builder.create(config);
        try {
            Path tar = Files.createTempFile("berth-layer-", ".tar");
            try {
                try (OutputStream out = Files.newOutputStream(tar)) {
                    LayerArchive.write(layer, store, out);
                }
                try (InputStream in = Files.newInputStream(tar)) {
                    builder.putArchive(container, "/", in);
                }
            } finally {
                Files.deleteIfExists(tar);
            }
            int colon = reference.lastIndexOf(':');
            return builder.commit(container, reference.substring(0, colon), reference.substring(colon + 1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot pack the artifacts of " + layer.service() + ": " + e.getMessage(), e);
        } finally {
            builder.remove(container);
        }
    }
}
