package dev.berth.server.api;

import dev.berth.compose.model.Build;
import dev.berth.compose.model.Project;
import dev.berth.compose.problem.ComposeException;
import dev.berth.compose.problem.Position;
import dev.berth.compose.problem.Problem;
import dev.berth.engine.artifact.BerthBuild;
import dev.berth.engine.artifact.BerthExtensions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A project sent to the server reads only the files sent with it: a config or secret file, a
 * build context or Dockerfile, or Berth's source directory elsewhere on the server's host is
 * refused before anything is built or created (the loader already refused env files, includes
 * and extends outside them). Bind mounts are left alone: they name paths on the nodes that run
 * the tasks, not on the server.
 */
final class UploadedPaths {

    static final String OUTSIDE = "is outside the files sent to the server; a project sent to the server may name only"
            + " files among them";

    private UploadedPaths() {
    }

    static void check(Project project, Path directory) {
        Path top = directory.toAbsolutePath().normalize();
        List<Problem> problems = new ArrayList<>();
        project.configs().forEach((key, c) -> inside(c.file(), top, "configs." + key + ".file", problems));
        project.secrets().forEach((key, s) -> inside(s.file(), top, "secrets." + key + ".file", problems));
        project.services().forEach((key, s) -> {
            Build build = s.build();
            if (build != null && build.context() != null && build.context().startsWith("/")) {
                inside(build.context(), top, "services." + key + ".build.context", problems);
                if (build.dockerfile() != null) {
                    inside(Path.of(build.context()).resolve(build.dockerfile()).toString(), top,
                            "services." + key + ".build.dockerfile", problems);
                }
            }
        });
        if (problems.isEmpty()) {
            BerthBuild berth = BerthExtensions.bind(project, directory);
            if (berth.source() != null && berth.source().path() != null) {
                inside(berth.source().path().toString(), top, "x-berth.source.path", problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new ComposeException(problems);
        }
    }

    private static void inside(String file, Path top, String path, List<Problem> problems) {
        if (file != null && !file.isEmpty() && !Path.of(file).toAbsolutePath().normalize().startsWith(top)) {
            problems.add(new Problem(Position.NONE, path, file + " " + OUTSIDE));
        }
    }
}
