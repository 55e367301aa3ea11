package dev.berth.compose.load;

import dev.berth.compose.merge.Merger;
import dev.berth.compose.problem.Position;
import dev.berth.compose.problem.Problems;
import dev.berth.compose.tree.MapNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Loads the files of one project (the main one, or one brought in by {@code include}) into a
 * single merged tree: each file read, its includes and extends resolved, its host paths made
 * absolute, then merged over the files before it; finally env files folded into environments.
 */
final class ModelLoader {

    private final SourceReader sources;
    private final LoadOptions options;
    private final Problems problems;
    private final Problems warnings;
    private final FileLoader files;

    ModelLoader(SourceReader sources, LoadOptions options, Problems problems, Problems warnings) {
        this.sources = sources;
        this.options = options;
        this.problems = problems;
        this.warnings = warnings;
        this.files = new FileLoader(sources, options);
    }

    MapNode load(List<Path> paths, Path projectDir, Map<String, String> env, List<Path> includeChain,
                 Position referencedAt) {
        IncludeResolver includes = new IncludeResolver(this, sources, options, problems);
        ExtendsResolver extendsResolver = new ExtendsResolver(files, env, problems, warnings);
        HostPaths hostPaths = new HostPaths(projectDir, env);
        MapNode merged = MapNode.empty(Position.NONE);
        for (Path path : paths) {
            ComposeFile file = files.load(path, env, referencedAt, problems, warnings);
            if (file == null) {
                continue;
            }
            List<Path> chain = new ArrayList<>(includeChain);
            if (!chain.contains(path)) {
                chain.add(path);
            }
            file = includes.resolve(file, projectDir, env, chain);
            file = extendsResolver.resolve(file, projectDir);
            merged = Merger.merge(merged, hostPaths.resolveProject(file.tree()));
        }
        return new EnvFiles(sources, options, env, problems).resolve(merged);
    }
}
