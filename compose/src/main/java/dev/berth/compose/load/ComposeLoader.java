package dev.berth.compose.load;

import dev.berth.compose.bind.ProjectBinder;
import dev.berth.compose.model.Project;
import dev.berth.compose.problem.ComposeException;
import dev.berth.compose.problem.Position;
import dev.berth.compose.problem.Problems;
import dev.berth.compose.tree.MapNode;
import java.util.List;

/**
 * The loader: compose files and an environment in, one immutable {@link Project} out.
 * Pure apart from reading the files it is given (through a {@link SourceReader}); every problem
 * of a stage is reported together, and nothing downstream sees the raw tree.
 */
public final class ComposeLoader {

    private final SourceReader sources;

    public ComposeLoader(SourceReader sources) {
        this.sources = sources;
    }

    public ComposeLoader() {
        this(SourceReader.FILE_SYSTEM);
    }

    public LoadResult load(LoadOptions options) {
        if (options.files().isEmpty()) {
            throw new ComposeException(new dev.berth.compose.problem.Problem(Position.NONE, "",
                    "no compose file given and none of " + String.join(", ", DefaultFiles.names())
                            + " found"));
        }
        Problems problems = new Problems();
        Problems warnings = new Problems();
        MapNode tree = new ModelLoader(sources, options, problems, warnings)
                .load(options.files(), options.projectDirectory(), options.environment(), List.of(), Position.NONE);
        problems.throwIfAny();
        String name = ProjectName.resolve(options, tree, problems);
        tree = Profiles.apply(tree, Profiles.active(options.profiles(), options.environment()), problems);
        DependencyCycles.check(tree, problems);
        problems.throwIfAny();
        Project project = ProjectBinder.bind(tree.without("name"), name);
        return new LoadResult(project, warnings.list());
    }
}
