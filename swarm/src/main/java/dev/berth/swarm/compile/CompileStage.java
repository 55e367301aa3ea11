package dev.berth.swarm.compile;

import dev.berth.engine.Labels;
import dev.berth.engine.artifact.ArtifactStore;
import dev.berth.engine.artifact.BerthBuild;
import dev.berth.engine.artifact.SourceTree;
import dev.berth.engine.artifact.StepInputs;
import dev.berth.engine.artifact.StepRecord;
import dev.berth.swarm.client.BuildContainers;
import dev.berth.swarm.client.EngineException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Stage 2: runs the compile step in a container on the builder engine and puts its outputs into
 * the artifact store, unless a run with the same inputs left all of them there already. The
 * container is removed afterwards, whatever happened.
 */
public final class CompileStage {

    static final int LOG_TAIL = 20;

    private final BuildContainers builder;
    private final ArtifactStore store;
    private final Consumer<String> progress;

    /** @param progress one line per thing done, and each line the step prints, prefixed by its name */
    public CompileStage(BuildContainers builder, ArtifactStore store, Consumer<String> progress) {
        this.builder = builder;
        this.store = store;
        this.progress = progress;
    }

    /** What the step left, and whether it ran now ({@code false}: its inputs were unchanged). */
    public record Result(StepRecord record, boolean ran) {
    }

    /** The key of a step's inputs: the source tree's hash, the image's ID and what the step declares. */
    public String inputHash(BerthBuild.CompileStep step, SourceTree source) {
        return StepInputs.of(step, source.hash(), imageId(step.image(), step.service())).hash();
    }

    public Result run(BerthBuild.CompileStep step, SourceTree source) {
        String imageId = imageId(step.image(), step.service());
        String key = StepInputs.of(step, source.hash(), imageId).hash();
        var previous = store.step(key).filter(store::complete);
        if (previous.isPresent()) {
            progress.accept("compile " + step.service() + ": unchanged (inputs " + key.substring(0, 12) + "), not run");
            return new Result(previous.get(), false);
        }
        progress.accept("compile " + step.service() + ": running in " + step.image() + " (inputs " + key.substring(0, 12) + ")");
        String container = builder.create(containerConfig(step, imageId, key));
        try {
            copySource(container, step, source);
            Deque<String> tail = new ArrayDeque<>();
            builder.start(container);
            builder.logs(container, true, line -> {
                progress.accept(step.service() + " | " + line.text());
                tail.addLast(line.text());
                if (tail.size() > LOG_TAIL) {
                    tail.removeFirst();
                }
            });
            long exit = builder.await(container);
            if (exit != 0) {
                throw new CompileException("the compile step " + step.service() + " exited with code " + exit, List.copyOf(tail));
            }
            Map<String, StepRecord.Output> outputs = new LinkedHashMap<>();
            step.outputs().forEach((name, path) -> outputs.put(name, copyOut(container, step, name, path)));
            StepRecord record = new StepRecord(key, step.service(), imageId, source.hash(), Instant.now().toString(), outputs);
            store.record(record);
            return new Result(record, true);
        } finally {
            builder.remove(container);
        }
    }

    private String imageId(String image, String service) {
        String id = builder.imageId(image);
        if (id == null) {
            throw new CompileException("the image " + image + " of " + service + " is not on the builder engine");
        }
        return id;
    }

    private static Map<String, Object> containerConfig(BerthBuild.CompileStep step, String imageId, String key) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("Image", imageId);
        if (step.command() != null) {
            config.put("Cmd", step.command());
        }
        if (step.entrypoint() != null) {
            config.put("Entrypoint", step.entrypoint().isEmpty() ? List.of("") : step.entrypoint());
        }
        List<String> env = new ArrayList<>();
        step.environment().forEach((k, v) -> env.add(v == null ? k : k + "=" + v));
        config.put("Env", env);
        if (step.workingDir() != null) {
            config.put("WorkingDir", step.workingDir());
        }
        config.put("Labels", Map.of(Labels.COMPILE_INPUTS, key, "dev.berth.compile-step", step.service()));
        return config;
    }

    private void copySource(String container, BerthBuild.CompileStep step, SourceTree source) {
        try {
            Path tar = Files.createTempFile("berth-source-", ".tar");
            try {
                try (OutputStream out = Files.newOutputStream(tar)) {
                    SourceArchive.write(source, step.sourceTarget(), out);
                }
                try (InputStream in = Files.newInputStream(tar)) {
                    builder.putArchive(container, "/", in);
                }
            } finally {
                Files.deleteIfExists(tar);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot pack the source " + source.root() + ": " + e.getMessage(), e);
        }
    }

    private StepRecord.Output copyOut(String container, BerthBuild.CompileStep step, String name, String path) {
        StepRecord.Output[] out = new StepRecord.Output[1];
        try {
            builder.getArchive(container, path, in -> {
                try {
                    out[0] = OutputArchive.store(in, path, store);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (EngineException e) {
            if (e.notFound()) {
                throw new CompileException("the compile step " + step.service() + " left no " + path + " for artifact " + name);
            }
            throw e;
        } catch (UncheckedIOException e) {
            throw new CompileException("artifact " + name + " of " + step.service() + ": " + e.getCause().getMessage());
        }
        progress.accept("compile " + step.service() + ": " + name + " sha256:" + out[0].sha256().substring(0, 12) + " (" + out[0].size() + " bytes)");
        return out[0];
    }
}
