package dev.berth.app;

import dev.berth.compose.model.Project;
import dev.berth.engine.EnvironmentName;
import dev.berth.engine.artifact.ArtifactStore;
import dev.berth.engine.artifact.BerthBuild;
import dev.berth.engine.artifact.BerthExtensions;
import dev.berth.engine.config.BerthConfig;
import dev.berth.engine.template.ConfigTemplates;
import dev.berth.engine.template.TemplateContext;
import dev.berth.swarm.client.DockerEndpoint;
import dev.berth.swarm.client.SwarmClient;
import dev.berth.swarm.compile.ArtifactPipeline;
import dev.berth.swarm.compile.CompileException;
import dev.berth.swarm.compile.CompilePreparation;
import dev.berth.swarm.compile.ImageLoading;
import dev.berth.swarm.spec.SpecJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The compile stages of {@code up} wired to this invocation: the builder engine (config
 * {@code build.builder}, default the local engine), the artifact store (under
 * {@code build.cache-dir}), the project's source, then the module images loaded into the
 * cluster's engines that lack them.
 */
final class CompileStages {

    private CompileStages() {
    }

    /** Binds and checks Berth's extensions; invalid ones stop the command with exit code 2. */
    static BerthBuild bind(Invocation invocation, ProjectOptions options, Project project) {
        return BerthExtensions.bind(project, ProjectLoading.projectDirectory(invocation, options));
    }

    static SwarmClient builder(Invocation invocation, BerthConfig config) {
        String host = config.build().builder() != null ? config.build().builder() : DockerEndpoint.DEFAULT_SOCKET;
        return new SwarmClient(DockerEndpoint.from(host, invocation.environment()), SpecJson.mapper());
    }

    static ArtifactStore store(Invocation invocation, BerthConfig config) {
        return new ArtifactStore(ArtifactStore.defaultRoot(config.build().cacheDir(), invocation.environment()));
    }

    static Path sourceDirectory(BerthBuild.Source source) {
        if (source.local()) {
            return source.path();
        }
        throw new CompileException("git sources (" + source + ") are not supported yet; use x-berth.source.path");
    }

    /** Stages 1–3 and the loading of module images into the cluster's engines; returns the project to deploy. */
    static Project prepare(Invocation invocation, ProjectOptions options, BerthConfig config, Project project,
                           BerthBuild build, EnvironmentName env, ClusterConnection cluster, Consumer<String> progress) {
        if (build.empty()) {
            return project;
        }
        Map<String, String> variables = ProjectLoading.environment(invocation, options);
        String host = cluster.manager.info().nodeAddress();
        TemplateContext templates = ConfigTemplates.context(project, build, env.toString(),
                host == null || host.isEmpty() ? "127.0.0.1" : host, variables);
        try (SwarmClient builder = builder(invocation, config)) {
            ArtifactPipeline pipeline = new ArtifactPipeline(builder.buildContainers(), store(invocation, config),
                    CompileStages::sourceDirectory, progress);
            CompilePreparation.Prepared prepared = CompilePreparation.prepare(project, build, templates, pipeline);
            List<SwarmClient> engines = new ArrayList<>();
            engines.add(cluster.manager);
            engines.addAll(cluster.nodes);
            new ImageLoading(builder, progress).load(prepared.images(), engines);
            return prepared.project();
        }
    }
}
