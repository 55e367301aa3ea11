package dev.berth.app;

import dev.berth.compose.model.Project;
import dev.berth.engine.EnvironmentName;
import dev.berth.engine.artifact.BerthBuild;
import dev.berth.engine.artifact.BerthExtensions;
import dev.berth.engine.config.BerthConfig;
import dev.berth.swarm.prepare.ProjectPreparation;

/**
 * {@link ProjectPreparation} wired to this invocation: the configuration's build settings, the
 * process's variables, the project's directory and the variables its files see.
 */
final class CompileSetup {

    private CompileSetup() {
    }

    static ProjectPreparation preparation(Invocation invocation, BerthConfig config) {
        return new ProjectPreparation(config.build(), invocation.environment());
    }

    /** Binds Berth's extensions and renders the templates for {@code env}; invalid ones stop with exit code 2. */
    static ProjectPreparation.Checked check(Invocation invocation, ProjectOptions options, Project project,
                                            EnvironmentName env) {
        return ProjectPreparation.check(project, ProjectLoading.projectDirectory(invocation, options), env,
                ProjectLoading.environment(invocation, options));
    }

    /** Binds and checks Berth's extensions only (no environment named); invalid ones stop with exit code 2. */
    static BerthBuild bind(Invocation invocation, ProjectOptions options, Project project) {
        return BerthExtensions.bind(project, ProjectLoading.projectDirectory(invocation, options));
    }
}
