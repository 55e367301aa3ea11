package dev.berth.compose.load;

import dev.berth.compose.env.DotEnv;
import dev.berth.compose.problem.ComposeException;
import dev.berth.compose.problem.Position;
import dev.berth.compose.problem.Problems;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.ScalarNode;
import dev.berth.compose.tree.SeqNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves top-level {@code include}: each entry is a project of its own (its directory, its
 * env file) loaded fully and its resources imported. A resource defined differently in both
 * is a conflict; an include that leads back to a file on the way is a cycle.
 */
final class IncludeResolver {

    private static final List<String> RESOURCES = List.of("services", "networks", "volumes", "configs", "secrets");

    private final ModelLoader models;
    private final SourceReader sources;
    private final LoadOptions options;
    private final Problems problems;

    IncludeResolver(ModelLoader models, SourceReader sources, LoadOptions options, Problems problems) {
        this.models = models;
        this.sources = sources;
        this.options = options;
        this.problems = problems;
    }

    ComposeFile resolve(ComposeFile file, Path baseDir, Map<String, String> environment, List<Path> chain) {
        if (!(file.tree().get("include") instanceof SeqNode entries)) {
            return file;
        }
        MapNode tree = file.tree().without("include");
        for (int i = 0; i < entries.length(); i++) {
            Node entry = entries.get(i);
            String path = "include." + i;
            List<Path> paths = paths(entry, baseDir);
            if (paths.isEmpty()) {
                continue;
            }
            List<Path> loop = new ArrayList<>(chain);
            if (loop.contains(paths.get(0))) {
                loop.add(paths.get(0));
                problems.add(entry.position(), path, "include cycle: "
                        + String.join(" -> ", loop.stream().map(options::display).toList()));
                continue;
            }
            Path projectDir = projectDirectory(entry, baseDir, paths.get(0));
            Map<String, String> env = environment(entry, baseDir, projectDir, environment, path);
            List<Path> next = new ArrayList<>(chain);
            next.add(paths.get(0));
            MapNode imported = models.load(paths, projectDir, env, next, entry.position());
            tree = importResources(imported, tree, entry.position(), path);
        }
        return file.withTree(tree);
    }

    private List<Path> paths(Node entry, Path baseDir) {
        Node p = entry instanceof MapNode m ? m.get("path") : entry;
        List<Path> out = new ArrayList<>();
        for (Node n : p instanceof SeqNode s ? s.items() : p == null ? List.<Node>of() : List.of(p)) {
            if (n instanceof ScalarNode s) {
                out.add(baseDir.resolve(s.text()).normalize());
            }
        }
        return out;
    }

    private static Path projectDirectory(Node entry, Path baseDir, Path firstFile) {
        if (entry instanceof MapNode m && m.get("project_directory") instanceof ScalarNode d && !d.isNull()) {
            return baseDir.resolve(d.text()).normalize();
        }
        return firstFile.getParent();
    }

    /** The parent's environment wins over the included project's env files. */
    private Map<String, String> environment(Node entry, Path baseDir, Path projectDir, Map<String, String> parent,
                                            String path) {
        List<Path> envFiles = new ArrayList<>();
        Node declared = entry instanceof MapNode m ? m.get("env_file") : null;
        if (declared == null) {
            Path dotEnv = projectDir.resolve(".env");
            if (sources.exists(dotEnv)) {
                envFiles.add(dotEnv);
            }
        } else {
            for (Node n : declared instanceof SeqNode s ? s.items() : List.of(declared)) {
                if (n instanceof ScalarNode s && !s.text().equals("/dev/null")) {
                    envFiles.add(baseDir.resolve(s.text()).normalize());
                }
            }
        }
        Map<String, String> env = new HashMap<>();
        for (Path f : envFiles) {
            try {
                env.putAll(DotEnv.parse(options.display(f), sources.read(f), k -> parent.getOrDefault(k, env.get(k))));
            } catch (IOException e) {
                problems.add(declared == null ? entry.position() : declared.position(), path + ".env_file",
                        "cannot read env file " + options.display(f) + ": " + e.getMessage());
            } catch (ComposeException e) {
                problems.addAll(e.problems());
            }
        }
        env.putAll(parent);
        return env;
    }

    private MapNode importResources(MapNode imported, MapNode tree, Position at, String path) {
        MapNode out = tree;
        for (String kind : RESOURCES) {
            if (!(imported.get(kind) instanceof MapNode from)) {
                continue;
            }
            MapNode to = out.get(kind) instanceof MapNode m ? m : MapNode.empty(from.position());
            for (MapNode.Entry e : from.entries()) {
                MapNode.Entry existing = to.entry(e.key());
                if (existing != null && !Trees.sameContent(existing.value(), e.value())) {
                    problems.add(at, path, "the included project defines " + kind + "." + e.key()
                            + " differently from " + existing.keyPosition());
                } else if (existing == null) {
                    to = to.with(e.key(), e.value());
                }
            }
            out = out.with(kind, to);
        }
        return out;
    }
}
