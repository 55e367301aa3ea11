package dev.berth.swarm.convert;

import dev.berth.compose.model.Network;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Volume;
import dev.berth.engine.EnvironmentName;
import dev.berth.engine.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The state of one conversion: the input, the names resources get on the cluster, the labels
 * they carry, and the warnings and problems found on the way.
 */
final class Conversion {

    private final Project project;
    private final EnvironmentName env;
    private final ConvertOptions options;
    private final List<String> warnings = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    Conversion(Project project, EnvironmentName env, ConvertOptions options) {
        this.project = project;
        this.env = env;
        this.options = options;
    }

    Project project() {
        return project;
    }

    EnvironmentName env() {
        return env;
    }

    ConvertOptions options() {
        return options;
    }

    void warn(String path, String message) {
        warnings.add(path + ": " + message);
    }

    /** A warning that concerns the whole environment rather than one compose path. */
    void notice(String message) {
        warnings.add(message);
    }

    void fail(String path, String message) {
        problems.add(path + ": " + message);
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    void throwIfFailed() {
        if (!problems.isEmpty()) {
            throw new ConversionException(problems);
        }
    }

    /**
     * The network's name on the cluster. One Berth creates is always scoped to the environment,
     * even with an explicit {@code name:}, so that copies of a project never share it.
     */
    String networkName(String key) {
        Network network = project.networks().get(key);
        return network != null && network.external() ? network.name() : env.scoped(key);
    }

    String volumeName(String key) {
        Volume volume = project.volumes().get(key);
        return volume != null && volume.external() ? volume.name() : env.scoped(key);
    }

    /** Whether a top-level element was given a {@code name:}; without one the binder names it {@code <project>_<key>}. */
    boolean namedExplicitly(String key, String name) {
        return !name.equals(project.name() + "_" + key);
    }

    /** Warns that an explicit name of a network or volume is replaced by the environment's scoped one. */
    void warnScopedNames() {
        project.networks().forEach((key, n) -> {
            if (!n.external() && namedExplicitly(key, n.name())) {
                warn("networks." + key + ".name", "Berth creates the network as " + env.scoped(key) + ", not \""
                        + n.name() + "\", so that copies of the project never share it");
            }
        });
        project.volumes().forEach((key, v) -> {
            if (!v.external() && namedExplicitly(key, v.name())) {
                warn("volumes." + key + ".name", "Berth names the volume " + env.scoped(key) + ", not \""
                        + v.name() + "\", so that copies of the project never share it");
            }
        });
    }

    /** The labels that tell Berth and {@code docker stack} what a resource belongs to. */
    Map<String, String> ownLabels(String resourceKey) {
        Map<String, String> labels = scopeLabels();
        labels.put(Labels.PROJECT, project.name());
        labels.put(Labels.RESOURCE, resourceKey);
        if (options.owner() != null) {
            labels.put(Labels.OWNER, options.owner());
        }
        if (options.expires() != null) {
            labels.put(Labels.EXPIRES, options.expires());
        }
        if (options.team() != null) {
            labels.put(Labels.TEAM, options.team());
        }
        return labels;
    }

    /**
     * The labels that find what a task leaves on a node (containers, volumes). Nothing that changes
     * between deploys of the same files goes here: it would restart every task.
     */
    Map<String, String> scopeLabels() {
        Map<String, String> labels = new TreeMap<>();
        labels.put(Labels.STACK_NAMESPACE, env.value());
        labels.put(Labels.ENVIRONMENT, env.value());
        return labels;
    }

    /** The user's labels with Berth's on top; a user label that Berth's replace is a warning. */
    Map<String, String> merge(String path, Map<String, String> user, Map<String, String> own) {
        Map<String, String> merged = new TreeMap<>(user);
        for (Map.Entry<String, String> e : own.entrySet()) {
            String given = merged.put(e.getKey(), e.getValue());
            if (given != null && !given.equals(e.getValue())) {
                warn(path + "." + e.getKey(), "the label is Berth's own; \"" + given + "\" is replaced by \""
                        + e.getValue() + "\"");
            }
        }
        if (user.containsKey(Labels.SPEC_HASH)) {
            warn(path + "." + Labels.SPEC_HASH, "the label is Berth's own; the value given is replaced");
        }
        return merged;
    }
}
