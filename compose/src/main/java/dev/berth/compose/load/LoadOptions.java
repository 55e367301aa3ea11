package dev.berth.compose.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What to load: the compose files in order (later ones override earlier ones), the project
 * directory (null: the first file's directory), an explicit project name (null: from the
 * environment, the files, or the directory), the profiles to enable, and the environment used
 * for interpolation — already assembled from the process, {@code .env} and {@code --env-file}.
 * File names in messages are shown relative to {@code workingDirectory} when below it.
 */
public record LoadOptions(List<Path> files, Path projectDirectory, String projectName, Set<String> profiles,
                          Map<String, String> environment, Path workingDirectory) {

    public LoadOptions {
        files = files.stream().map(f -> f.toAbsolutePath().normalize()).toList();
        projectDirectory = projectDirectory == null
                ? (files.isEmpty() ? null : files.get(0).getParent())
                : projectDirectory.toAbsolutePath().normalize();
        profiles = Set.copyOf(profiles);
        environment = Map.copyOf(environment);
        workingDirectory = workingDirectory == null ? null : workingDirectory.toAbsolutePath().normalize();
    }

    public static LoadOptions of(List<Path> files, Map<String, String> environment) {
        return new LoadOptions(files, null, null, Set.of(), environment, null);
    }

    /** How a file is named in messages. */
    public String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return workingDirectory != null && abs.startsWith(workingDirectory)
                ? workingDirectory.relativize(abs).toString() : abs.toString();
    }
}
