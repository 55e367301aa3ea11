package dev.berth.compose.env;

import dev.berth.compose.problem.ComposeException;
import dev.berth.compose.problem.Position;
import dev.berth.compose.problem.Problems;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The environment a project is interpolated with: env files overlaid by the process
 * environment. The one place of the loader that reads env files from disk.
 */
public final class ProjectEnvironment {

    static final String DEFAULT_FILE = ".env";

    private ProjectEnvironment() {
    }

    /**
     * Follows docker compose: without {@code --env-file}, {@code <projectDir>/.env} is read when
     * it is a file; with {@code --env-file}, the given files are read instead, later ones
     * overriding earlier ones, and each must exist. The process environment overrides every
     * file. A value may refer to the process environment and to values read before it.
     *
     * @param envFiles the {@code --env-file} paths, resolved by the caller; empty for none
     * @return the variables of the files in order, then those only the process has; unmodifiable
     * @throws ComposeException naming every missing or unreadable file and every problem in them
     */
    public static Map<String, String> load(Map<String, String> processEnv, Path projectDir, List<Path> envFiles) {
        Problems problems = new Problems();
        List<Path> files = envFiles.isEmpty() ? defaultFile(projectDir) : envFiles;
        for (Path file : files) {
            if (!Files.exists(file)) {
                problems.add(new Position(file.toString(), 0, 0), "",
                        "the env file given with --env-file does not exist");
            } else if (Files.isDirectory(file)) {
                problems.add(new Position(file.toString(), 0, 0), "",
                        "the env file given with --env-file is a directory");
            }
        }
        problems.throwIfAny();

        Map<String, String> values = new LinkedHashMap<>();
        for (Path file : files) {
            String content = read(file, problems);
            if (content == null) {
                continue;
            }
            try {
                DotEnv.parseInto(file.toString(), content, processEnv::get, values);
            } catch (ComposeException e) {
                problems.addAll(e.problems());
            }
        }
        problems.throwIfAny();
        values.putAll(processEnv);
        return Collections.unmodifiableMap(values);
    }

    /** {@code .env} in the project directory, when it is there; a directory of that name is no env file. */
    private static List<Path> defaultFile(Path projectDir) {
        Path file = projectDir.resolve(DEFAULT_FILE);
        return Files.isRegularFile(file) ? List.of(file) : List.of();
    }

    /** The file's text, or null after adding a problem that says why it cannot be read. */
    private static String read(Path file, Problems problems) {
        String reason;
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            reason = "the env file is not valid UTF-8";
        } catch (AccessDeniedException e) {
            reason = "cannot read the env file: permission denied";
        } catch (IOException e) {
            reason = "cannot read the env file: " + e.getMessage();
        }
        problems.add(new Position(file.toString(), 0, 0), "", reason);
        return null;
    }
}
