package dev.berth.compose.load;

import dev.berth.compose.interpolate.Interpolation;
import dev.berth.compose.problem.ComposeException;
import dev.berth.compose.problem.Position;
import dev.berth.compose.problem.Problems;
import dev.berth.compose.schema.ComposeSchema;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.ScalarNode;
import dev.berth.compose.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads one compose file: YAML, then interpolation, then structural validation. */
final class FileLoader {

    private static final Pattern VERSION_3 = Pattern.compile("3(\\.\\d+)?");

    private final SourceReader sources;
    private final LoadOptions options;
    private final YamlReader yaml = new YamlReader();

    FileLoader(SourceReader sources, LoadOptions options) {
        this.sources = sources;
        this.options = options;
    }

    /**
     * Loads {@code path}, interpolating with {@code environment}. Problems go to {@code problems};
     * the file comes back as far as it could be read, or null when it could not be parsed at all.
     * Notices go to {@code warnings}.
     */
    ComposeFile load(Path path, Map<String, String> environment, Position referencedAt, Problems problems,
                     Problems warnings) {
        String name = options.display(path);
        Node root;
        try {
            root = yaml.read(name, readText(path, name, referencedAt));
        } catch (ComposeException e) {
            problems.addAll(e.problems());
            return null;
        }
        if (!(root instanceof MapNode map)) {
            problems.add(root.position(), "", "a compose file must be a mapping at its top level, not "
                    + root.describe());
            return null;
        }
        MapNode tree = map;
        try {
            tree = (MapNode) Interpolation.interpolate(tree, environment::get, warnings);
        } catch (ComposeException e) {
            problems.addAll(e.problems());
        }
        problems.addAll(ComposeSchema.validate(tree));
        noticeVersion(tree, warnings);
        return new ComposeFile(path, tree.without("version"));
    }

    private String readText(Path path, String name, Position referencedAt) {
        try {
            return sources.read(path);
        } catch (NoSuchFileException e) {
            throw new ComposeException(new dev.berth.compose.problem.Problem(referencedAt, "",
                    "compose file " + name + " does not exist"));
        } catch (IOException e) {
            throw new ComposeException(new dev.berth.compose.problem.Problem(referencedAt, "",
                    "cannot read compose file " + name + ": " + ReadFailure.reason(e)));
        }
    }

    private static void noticeVersion(MapNode tree, Problems warnings) {
        if (tree.get("version") instanceof ScalarNode v && !v.isNull() && !VERSION_3.matcher(v.text()).matches()) {
            warnings.add(v.position(), "version", "version \"" + v.text()
                    + "\" is obsolete and ignored; the file is read as a Compose Specification file");
        }
    }
}
