package dev.berth.compose.load;

import dev.berth.compose.problem.Position;
import dev.berth.compose.problem.Problems;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.ScalarNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The project's name, by docker compose's precedence: the explicit name, then
 * {@code COMPOSE_PROJECT_NAME}, then the files' {@code name:}, then the project directory's
 * base name made valid (lower case, letters, digits, '-' and '_').
 */
final class ProjectName {

    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9_-]*");

    private ProjectName() {
    }

    static String resolve(LoadOptions options, MapNode root, Problems problems) {
        if (options.projectName() != null) {
            return checked(options.projectName(), Position.NONE, "", "project name", problems);
        }
        String fromEnv = options.environment().get("COMPOSE_PROJECT_NAME");
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return checked(fromEnv, Position.NONE, "", "COMPOSE_PROJECT_NAME", problems);
        }
        if (root.get("name") instanceof ScalarNode n && !n.isNull()) {
            return checked(n.text(), n.position(), "name", "project name", problems);
        }
        Path dir = options.projectDirectory();
        String base = dir == null || dir.getFileName() == null ? "" : dir.getFileName().toString();
        String normalised = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "").replaceAll("^[_-]+", "");
        return normalised.isEmpty() ? "default" : normalised;
    }

    private static String checked(String name, Position at, String path, String source, Problems problems) {
        if (!VALID.matcher(name).matches()) {
            problems.add(at, path, source + " \"" + name + "\" is invalid: use lower-case letters, digits,"
                    + " '-' and '_', starting with a letter or digit");
        }
        return name;
    }
}
