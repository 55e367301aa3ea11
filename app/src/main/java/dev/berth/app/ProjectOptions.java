package dev.berth.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every command that reads a project shares, spelled as docker compose spells them. */
final class ProjectOptions {

    @Option(names = {"-f", "--file"}, paramLabel = "FILE",
            description = "Compose file; repeat to merge several, later ones override earlier ones. "
                    + "Default: compose.yaml (or docker-compose.yml…) and its .override file in the working directory.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--env-file", paramLabel = "FILE",
            description = "Environment file for interpolation, read instead of the project's .env; repeatable.")
    List<Path> envFiles = new ArrayList<>();

    @Option(names = "--project-directory", paramLabel = "DIR",
            description = "Directory that relative paths start from. Default: the first file's directory.")
    Path projectDirectory;

    @Option(names = {"-p", "--project-name"}, paramLabel = "NAME", description = "Project name.")
    String projectName;

    @Option(names = "--profile", paramLabel = "PROFILE", description = "Enable services of this profile; repeatable.")
    List<String> profiles = new ArrayList<>();
}
