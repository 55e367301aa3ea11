package dev.berth.app;

import dev.berth.compose.model.Project;
import dev.berth.engine.EnvironmentName;
import dev.berth.engine.artifact.ArtifactStore;
import dev.berth.engine.artifact.BerthBuild;
import dev.berth.engine.artifact.BerthExtensions;
import dev.berth.engine.artifact.DeployableProject;
import dev.berth.engine.config.BerthConfig;
import dev.berth.engine.template.ConfigTemplates;
import dev.berth.engine.template.TemplateContext;
import dev.berth.swarm.build.CompileStages;
import dev.berth.swarm.build.PreparedProject;
import dev.berth.swarm.compile.ArtifactStages;
import java.util.Map;
import java.util.TreeMap;

/**
 * The compile side of {@code up}, {@code build} and {@code artifacts} wired to this invocation:
 * Berth's extensions bound, the artifact store under {@code build.cache-dir}, the templates
 * rendered for the environment, and the prepared project finished for the cluster.
 */
final class CompileSetup {

    private CompileSetup() {
    }

    /** Binds and checks Berth's extensions; invalid ones stop the command with exit code 2. */
    static BerthBuild bind(Invocation invocation, ProjectOptions options, Project project) {
        return BerthExtensions.bind(project, ProjectLoading.projectDirectory(invocation, options));
    }

    static ArtifactStore store(Invocation invocation, BerthConfig config) {
        return new ArtifactStore(ArtifactStore.defaultRoot(config.build().cacheDir(), invocation.environment()));
    }

    /** Stages 1–3 for image preparation; {@link CompileStages#NONE} without a compile step. */
    static CompileStages stages(Invocation invocation, BerthConfig config, BerthBuild build) {
        return ArtifactStages.of(build, store(invocation, config));
    }

    /**
     * The templates rendered for the environment; a placeholder that does not resolve stops with
     * exit code 2. Rendered once with a stand-in host before the cluster is asked, so that a bad
     * template changes and asks nothing.
     *
     * @param host where published ports answer, asked only when there are templates
     */
    static Map<String, String> render(Invocation invocation, ProjectOptions options, Project project, BerthBuild build,
                                      EnvironmentName env, java.util.function.Supplier<String> host) {
        if (build.templates().isEmpty()) {
            return Map.of();
        }
        TemplateContext context = ConfigTemplates.context(project, build, env.toString(), host.get(),
                ProjectLoading.environment(invocation, options));
        return ConfigTemplates.render(project, build, context);
    }

    /** The manager's address in the swarm, where published ports answer. */
    static String publishedHost(ClusterConnection cluster) {
        String host = cluster.manager.info().nodeAddress();
        return host == null || host.isEmpty() ? "127.0.0.1" : host;
    }

    /** The prepared project with each module labelled with its artifacts, the compile step's dependents freed, templates in. */
    static Project finish(PreparedProject prepared, BerthBuild build, CompileStages stages, Map<String, String> rendered) {
        if (build.empty()) {
            return prepared.project();
        }
        Map<String, String> labels = stages instanceof ArtifactStages a ? a.labels() : Map.of();
        Map<String, DeployableProject.ModuleImageRef> refs = new TreeMap<>();
        prepared.images().forEach(i -> {
            if (labels.containsKey(i.service())) {
                refs.put(i.service(), new DeployableProject.ModuleImageRef(i.deployed(), labels.get(i.service())));
            }
        });
        return DeployableProject.of(prepared.project(), build, refs, rendered);
    }
}
