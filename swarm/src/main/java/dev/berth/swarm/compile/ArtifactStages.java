package dev.berth.swarm.compile;

import dev.berth.compose.model.Project;
import dev.berth.engine.artifact.ArtifactStore;
import dev.berth.engine.artifact.BerthBuild;
import dev.berth.engine.source.SourceCache;
import dev.berth.engine.source.SourceLocation;
import dev.berth.swarm.build.BuildEvent;
import dev.berth.swarm.build.BuildFailure;
import dev.berth.swarm.build.Builder;
import dev.berth.swarm.build.CompileStages;
import dev.berth.swarm.build.ImageOutcome;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The compile stages (1–3) plugged into image preparation: the source from the source cache,
 * the compile step, and the module images, reported as build events. The module images are then
 * distributed with the {@code build:} images; the compile step is a build step only and is not
 * deployed. Remembers each module's {@code dev.berth.artifacts} label for the deployment.
 */
public final class ArtifactStages implements CompileStages {

    private final BerthBuild build;
    private final ArtifactStore store;
    private final Map<String, String> labels = new LinkedHashMap<>();
    private String producer;

    public ArtifactStages(BerthBuild build, ArtifactStore store) {
        this.build = build;
        this.store = store;
    }

    /** The stages for this project, or {@link CompileStages#NONE} when it has no compile step. */
    public static CompileStages of(BerthBuild build, ArtifactStore store) {
        return build.compile() == null ? CompileStages.NONE : new ArtifactStages(build, store);
    }

    /** The directory of a project's source: a local path as it is, a git revision checked out once per commit. */
    public static Function<BerthBuild.Source, Path> sources(SourceCache cache) {
        return source -> {
            SourceLocation location = source.local() ? new SourceLocation.Local(source.path().toString())
                    : new SourceLocation.Git(source.git(), source.ref(), null);
            return cache.resolve(location, Path.of("/")).directory();
        };
    }

    @Override
    public Result run(Project project, Builder builder) {
        String step = build.compile().service();
        ArtifactPipeline pipeline = new ArtifactPipeline(builder.engine().buildContainers(), store, sources(builder.sources()),
                line -> builder.listener().on(new BuildEvent.Note(step, line)),
                line -> builder.listener().on(new BuildEvent.Step(step, line)));
        ArtifactPipeline.Result result;
        try {
            result = pipeline.run(project, build);
        } catch (CompileException e) {
            throw new BuildFailure(step, e.getMessage(), e.logTail());
        } catch (dev.berth.engine.source.SourceException e) {
            throw new BuildFailure(step, "the source of " + step + ": " + e.getMessage(), java.util.List.of());
        }
        producer = step + "@" + result.step().inputHash();
        Map<String, ImageOutcome> images = new LinkedHashMap<>();
        result.modules().forEach((service, image) -> {
            var state = builder.engine().images().inspect(image.reference());
            ImageOutcome outcome = new ImageOutcome(image.reference(), image.imageId(), state == null ? 0 : state.size(),
                    image.built());
            builder.listener().on(new BuildEvent.Ready(service, outcome));
            images.put(service, outcome);
            labels.put(service, image.label());
        });
        return new Result(images, Set.of(step));
    }

    /**
     * The {@code dev.berth.artifacts-producer} label of every module, {@code STEP@INPUTHASH}, once
     * {@link #run} is done; null before.
     */
    public String producer() {
        return producer;
    }

    /** Module service → its {@code dev.berth.artifacts} label, once {@link #run} is done. */
    public Map<String, String> labels() {
        return Map.copyOf(labels);
    }
}
