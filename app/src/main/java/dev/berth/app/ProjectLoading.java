package dev.berth.app;

import dev.berth.compose.env.ProjectEnvironment;
import dev.berth.compose.load.ComposeLoader;
import dev.berth.compose.load.DefaultFiles;
import dev.berth.compose.load.LoadOptions;
import dev.berth.compose.load.LoadResult;
import dev.berth.compose.load.SourceReader;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** Turns the shared project options into a loaded project, printing the loader's notices. */
final class ProjectLoading {

    private ProjectLoading() {
    }

    static LoadResult load(Invocation invocation, ProjectOptions options) {
        Path cwd = invocation.workingDirectory();
        List<Path> files = files(invocation, options);
        Path projectDir = projectDirectory(invocation, options);
        Map<String, String> environment = environment(invocation, options);
        LoadOptions load = new LoadOptions(files, projectDir, options.projectName,
                new LinkedHashSet<>(options.profiles), environment, cwd);
        LoadResult result = new ComposeLoader().load(load);
        result.warnings().forEach(w -> invocation.err().println("warning: " + w));
        return result;
    }

    private static List<Path> files(Invocation invocation, ProjectOptions options) {
        Path cwd = invocation.workingDirectory();
        return options.files.isEmpty()
                ? DefaultFiles.in(cwd, SourceReader.FILE_SYSTEM)
                : options.files.stream().map(cwd::resolve).toList();
    }

    /** Where relative paths of the project start: --project-directory, else the first file's directory. */
    static Path projectDirectory(Invocation invocation, ProjectOptions options) {
        Path cwd = invocation.workingDirectory();
        List<Path> files = files(invocation, options);
        return options.projectDirectory != null ? cwd.resolve(options.projectDirectory)
                : files.isEmpty() ? cwd : files.get(0).toAbsolutePath().getParent();
    }

    /** The project environment: the process's variables over the project's .env (or --env-file files). */
    static Map<String, String> environment(Invocation invocation, ProjectOptions options) {
        Path cwd = invocation.workingDirectory();
        return ProjectEnvironment.load(invocation.environment(), projectDirectory(invocation, options),
                options.envFiles.stream().map(cwd::resolve).toList());
    }
}
