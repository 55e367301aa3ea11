package dev.berth.engine.config;

import dev.berth.compose.problem.ComposeException;
import dev.berth.compose.problem.Position;
import dev.berth.compose.problem.Problem;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.ScalarNode;
import dev.berth.compose.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds and reads Berth's configuration file. The first of these that is set wins:
 * {@code --config FILE}, the {@code BERTH_CONFIG} variable, {@code $XDG_CONFIG_HOME/berth/config.yaml},
 * {@code ~/.config/berth/config.yaml}. A file named explicitly must exist; the default one may be
 * absent, and then every default applies. Any problem in the file (with its line, column and
 * path) stops the command before it touches the cluster.
 */
public final class ConfigFile {

    public static final String VARIABLE = "BERTH_CONFIG";

    private ConfigFile() {
    }

    /** {@code explicit}: the --config option, or null. */
    public static BerthConfig load(Path explicit, Map<String, String> environment) {
        Path named = explicit != null ? explicit
                : environment.containsKey(VARIABLE) && !environment.get(VARIABLE).isBlank()
                ? Path.of(environment.get(VARIABLE)) : null;
        Path file = named != null ? named : defaultLocation(environment);
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            if (named == null) {
                return BerthConfig.defaults();
            }
            throw new ConfigException(new Problem(new Position(file.toString(), 0, 0), "",
                    "configuration file not found" + (explicit == null ? " (named by " + VARIABLE + ")" : "")));
        } catch (IOException e) {
            throw new ConfigException(new Problem(new Position(file.toString(), 0, 0), "",
                    "cannot read the configuration file: " + dev.berth.compose.load.ReadFailure.reason(e)));
        }
        return parse(file, content);
    }

    /** Reads {@code content} as the configuration file {@code file}. */
    public static BerthConfig parse(Path file, String content) {
        Node node;
        try {
            node = new YamlReader().read(file.toString(), content);
        } catch (ComposeException e) {
            throw new ConfigException(e.problems());
        }
        if (node instanceof ScalarNode s && s.isNull()) {
            return BerthConfig.read(file, new ConfigValues(MapNode.empty(s.position()), "", new ArrayList<>()));
        }
        if (!(node instanceof MapNode map)) {
            throw new ConfigException(new Problem(node.position(), "",
                    "expected a mapping of settings (cluster, network, ports, admission, environments, gc, build,"
                            + " server), found " + node.describe()));
        }
        List<Problem> problems = new ArrayList<>();
        ConfigValues root = new ConfigValues(map, "", problems);
        BerthConfig config = BerthConfig.read(file, root);
        root.rejectUnknown();
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return config;
    }

    public static Path defaultLocation(Map<String, String> environment) {
        String xdg = environment.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "berth", "config.yaml");
        }
        return Path.of(environment.getOrDefault("HOME", System.getProperty("user.home")), ".config", "berth",
                "config.yaml");
    }
}
