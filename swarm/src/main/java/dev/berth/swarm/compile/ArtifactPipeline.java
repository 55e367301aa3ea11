package dev.berth.swarm.compile;

import dev.berth.compose.model.Project;
import dev.berth.engine.artifact.ArtifactStore;
import dev.berth.engine.artifact.BerthBuild;
import dev.berth.engine.artifact.ModuleLayer;
import dev.berth.engine.artifact.SourceTree;
import dev.berth.engine.artifact.StepRecord;
import dev.berth.swarm.client.BuildContainers;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Stages 1–3 of {@code up} and {@code build}: the source resolved and hashed, the compile step
 * run (or found unchanged in the store), and each module's image made with its artifacts. All
 * of it happens on the builder engine before anything changes on the cluster; a failure stops
 * here with the failing step's output.
 */
public final class ArtifactPipeline {

    private final BuildContainers builder;
    private final ArtifactStore store;
    private final Function<BerthBuild.Source, Path> sources;
    private final Consumer<String> progress;

    /** @param sources gives the directory of a source: the path itself, or a checkout of a git revision */
    public ArtifactPipeline(BuildContainers builder, ArtifactStore store, Function<BerthBuild.Source, Path> sources,
                            Consumer<String> progress) {
        this.builder = builder;
        this.store = store;
        this.sources = sources;
        this.progress = progress;
    }

    /**
     * @param step the compile step's record; null when the project has none
     * @param compiled whether the step ran now
     * @param modules service → its image with artifacts
     */
    public record Result(StepRecord step, boolean compiled, Map<String, ModuleImage> modules) {
        public static final Result NONE = new Result(null, false, Map.of());
    }

    public Result run(Project project, BerthBuild build) {
        if (build.compile() == null) {
            return Result.NONE;
        }
        SourceTree source = SourceTree.of(sources.apply(build.source()));
        CompileStage.Result compiled = new CompileStage(builder, store, progress).run(build.compile(), source);
        ModuleImages images = new ModuleImages(builder, store, progress);
        List<ModuleLayer> layers = images.plan(project, build, compiled.record());
        return new Result(compiled.record(), compiled.ran(), images.make(layers));
    }
}
