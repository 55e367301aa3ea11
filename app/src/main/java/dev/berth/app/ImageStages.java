package dev.berth.app;

import dev.berth.compose.model.Project;
import dev.berth.engine.config.BuildSettings;
import dev.berth.engine.source.SourceCache;
import dev.berth.swarm.build.BuildListener;
import dev.berth.swarm.build.Builder;
import dev.berth.swarm.build.CompileStages;
import dev.berth.swarm.build.DirectLoad;
import dev.berth.swarm.build.ImageDistribution;
import dev.berth.swarm.build.ImagePreparation;
import dev.berth.swarm.build.PreparedProject;
import dev.berth.swarm.build.RegistryCredentials;
import dev.berth.swarm.build.RegistryPush;
import dev.berth.swarm.client.DockerEndpoint;
import dev.berth.swarm.client.EngineUnreachableException;
import dev.berth.swarm.client.SwarmClient;
import dev.berth.swarm.spec.SpecJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Wires the image stages from the configuration: the builder engine ({@code build.builder},
 * default the local engine), the source cache ({@code build.cache-dir}), and distribution by
 * registry ({@code build.registry}) or by loading into each node's engine.
 */
final class ImageStages {

    private ImageStages() {
    }

    /** Runs stages 1–5 ({@code compile}: stages 1–3) and gives the project to deploy; the project itself when it makes no image. */
    static PreparedProject prepare(Invocation invocation, ClusterOptions options, ClusterConnection connection,
                                   ProjectOptions project, Project loaded, boolean noCache, BuildListener listener,
                                   CompileStages compile) {
        if (!ImagePreparation.needed(loaded, compile)) {
            return new PreparedProject(loaded, List.of(), null);
        }
        BuildSettings settings = options.config(invocation).build();
        SourceCache sources = sources(invocation, settings);
        String builderHost = builderHost(invocation, settings);
        try (SwarmClient engine = builder(invocation, settings)) {
            Builder builder = new Builder(engine, sources, listener, noCache);
            ImageDistribution distribution = distribution(invocation, settings, engine, connection, sources.directory(),
                    listener);
            Path projectDir = ProjectLoading.projectDirectory(invocation, project);
            return new ImagePreparation(builder, compile, distribution, invocation.environment(), projectDir)
                    .prepare(loaded);
        } catch (EngineUnreachableException e) {
            if (e.endpoint() != null && e.endpoint().host().toString().equals(builderHost)) {
                throw new IllegalStateException("cannot reach the builder engine at " + builderHost + " ("
                        + e.getCause().getMessage() + "); is it running? Set build.builder in the configuration file"
                        + " or BERTH_BUILDER to the engine that builds images", e);
            }
            throw e;
        }
    }

    /** The source cache under {@code build.cache-dir}. */
    static SourceCache sources(Invocation invocation, BuildSettings settings) {
        return new SourceCache(SourceCache.directory(settings.cacheDir(), invocation.environment()));
    }

    /** The builder engine: {@code BERTH_BUILDER}, else {@code build.builder}, else the local engine. */
    static SwarmClient builder(Invocation invocation, BuildSettings settings) {
        return new SwarmClient(DockerEndpoint.from(builderHost(invocation, settings), invocation.environment()),
                SpecJson.mapper());
    }

    private static String builderHost(Invocation invocation, BuildSettings settings) {
        return invocation.environment().getOrDefault("BERTH_BUILDER",
                settings.builder() == null ? DockerEndpoint.DEFAULT_SOCKET : settings.builder());
    }

    private static ImageDistribution distribution(Invocation invocation, BuildSettings settings, SwarmClient builder,
                                                  ClusterConnection connection, Path cache, BuildListener listener) {
        List<SwarmClient> engines = new ArrayList<>();
        engines.add(connection.manager);
        engines.addAll(connection.nodes);
        if (settings.registry() != null) {
            var auth = RegistryCredentials.resolve(settings.registry(), invocation.environment());
            return new RegistryPush(builder, settings.registry().address(), auth, connection.manager, engines, listener);
        }
        return new DirectLoad(builder, connection.manager, engines, cache.resolve("spool"), listener);
    }
}
