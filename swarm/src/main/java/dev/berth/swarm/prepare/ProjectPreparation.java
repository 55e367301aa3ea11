package dev.berth.swarm.prepare;

import dev.berth.compose.model.Project;
import dev.berth.engine.EnvironmentName;
import dev.berth.engine.artifact.ArtifactStore;
import dev.berth.engine.artifact.BerthBuild;
import dev.berth.engine.artifact.BerthExtensions;
import dev.berth.engine.artifact.DeployableProject;
import dev.berth.engine.config.BuildSettings;
import dev.berth.engine.source.SourceCache;
import dev.berth.engine.template.ConfigTemplates;
import dev.berth.engine.template.TemplateContext;
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
import dev.berth.swarm.compile.ArtifactStages;
import dev.berth.swarm.spec.SpecJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything between loading a project and deploying it, wired from Berth's configuration the
 * same way for the command line and the server: Berth's extensions bound, templates rendered for
 * the environment, the compile step and module images (artifact store and source cache under
 * {@code build.cache-dir}), builds on the builder engine ({@code BERTH_BUILDER}, else
 * {@code build.builder}, else the local engine), and distribution through {@code build.registry}
 * or by loading into each node's engine.
 */
public final class ProjectPreparation {

    /** Where a published port answers before the cluster is asked: templates are first rendered with it. */
    private static final String STAND_IN_HOST = "manager";

    private final BuildSettings settings;
    private final Map<String, String> environment;

    /**
     * @param environment the process's variables: BERTH_BUILDER, HOME and XDG_CACHE_HOME for the
     *        caches, the registry's password variable
     */
    public ProjectPreparation(BuildSettings settings, Map<String, String> environment) {
        this.settings = settings;
        this.environment = Map.copyOf(environment);
    }

    /**
     * A project whose Berth extensions are bound and whose templates render.
     *
     * @param variables the variables the project's files see (interpolation, templates)
     */
    public record Checked(Project project, Path directory, BerthBuild build, EnvironmentName environment,
                          Map<String, String> variables) {

        public Checked {
            variables = Map.copyOf(variables);
        }
    }

    /**
     * The project as a preview sees it: as up deploys it but for the images up makes as it runs
     * ({@code imagesMadeOnUp}, keys in the files), which keep the image their files name.
     */
    public record Planned(Project project, Set<String> imagesMadeOnUp) {

        public Planned {
            imagesMadeOnUp = Set.copyOf(imagesMadeOnUp);
        }
    }

    /** The project as the cluster gets it, and the images made for it. */
    public record Prepared(Project project, PreparedProject images) {
    }

    /**
     * Binds Berth's extensions and renders the templates with a stand-in host, so that bad input
     * stops before the cluster is asked or anything is built.
     *
     * @throws dev.berth.compose.problem.ComposeException with every problem, each with its file, line and column
     */
    public static Checked check(Project project, Path directory, EnvironmentName env, Map<String, String> variables) {
        BerthBuild build = BerthExtensions.bind(project, directory);
        render(project, build, env, STAND_IN_HOST, variables);
        return new Checked(project, directory, build, env, variables);
    }

    /**
     * What {@code berth plan} compares with the cluster: the compile step gone and the templates
     * rendered with the manager's address, as up deploys them; nothing is built or run.
     */
    public static Planned planned(Checked checked, SwarmClient manager) {
        Set<String> made = new TreeSet<>(checked.build().modules().keySet());
        checked.project().services().forEach((name, s) -> {
            if (s.build() != null) {
                made.add(name);
            }
        });
        if (checked.build().empty()) {
            return new Planned(checked.project(), made);
        }
        return new Planned(deployable(checked, checked.project(), Map.of(), manager), made);
    }

    /**
     * Compile step, builds and distribution (stages 1–5), then templates rendered with the
     * manager's address and each module labelled with its artifacts.
     */
    public Prepared prepare(Checked checked, SwarmClient manager, List<SwarmClient> nodes, BuildListener listener) {
        CompileStages stages = stages(checked.build());
        PreparedProject images = images(checked, stages, manager, nodes, false, listener);
        if (checked.build().empty()) {
            return new Prepared(images.project(), images);
        }
        Map<String, String> labels = stages instanceof ArtifactStages a ? a.labels() : Map.of();
        String producer = stages instanceof ArtifactStages a ? a.producer() : null;
        Map<String, DeployableProject.ModuleImageRef> refs = new TreeMap<>();
        images.images().forEach(i -> {
            if (labels.containsKey(i.service())) {
                refs.put(i.service(), new DeployableProject.ModuleImageRef(i.deployed(), labels.get(i.service()), producer));
            }
        });
        return new Prepared(deployable(checked, images.project(), refs, manager), images);
    }

    /** {@code project} as the cluster gets it: the compile step gone, templates rendered with the manager's address. */
    private static Project deployable(Checked checked, Project project, Map<String, DeployableProject.ModuleImageRef> refs,
                                      SwarmClient manager) {
        Map<String, String> rendered = render(checked.project(), checked.build(), checked.environment(),
                publishedHost(manager), checked.variables());
        return DeployableProject.of(project, checked.build(), refs, rendered);
    }

    /** Stages 1–5 only, as {@code berth build} runs them; the project itself when it makes no image. */
    public PreparedProject images(Checked checked, SwarmClient manager, List<SwarmClient> nodes, boolean noCache,
                                  BuildListener listener) {
        return images(checked, stages(checked.build()), manager, nodes, noCache, listener);
    }

    private PreparedProject images(Checked checked, CompileStages stages, SwarmClient manager, List<SwarmClient> nodes,
                                   boolean noCache, BuildListener listener) {
        if (!ImagePreparation.needed(checked.project(), stages)) {
            return new PreparedProject(checked.project(), List.of(), null);
        }
        SourceCache sources = sources();
        try (SwarmClient engine = builder()) {
            Builder builder = new Builder(engine, sources, listener, noCache);
            return new ImagePreparation(builder, stages, distribution(engine, manager, nodes, sources.directory(), listener),
                    environment, checked.directory()).prepare(checked.project());
        } catch (EngineUnreachableException e) {
            if (e.endpoint() != null && e.endpoint().host().toString().equals(builderHost())) {
                throw new IllegalStateException("cannot reach the builder engine at " + builderHost() + " ("
                        + e.getCause().getMessage() + "); is it running? Set build.builder in the configuration file"
                        + " or BERTH_BUILDER to the engine that builds images", e);
            }
            throw e;
        }
    }

    /** The compile step's stages (1–3) for the project, {@link CompileStages#NONE} without one. */
    public CompileStages stages(BerthBuild build) {
        return ArtifactStages.of(build, store());
    }

    /** The content-addressed artifact store under {@code build.cache-dir}. */
    public ArtifactStore store() {
        return new ArtifactStore(ArtifactStore.defaultRoot(settings.cacheDir(), environment));
    }

    /** The source cache under {@code build.cache-dir}. */
    public SourceCache sources() {
        return new SourceCache(SourceCache.directory(settings.cacheDir(), environment));
    }

    /** The builder engine; the caller closes it. */
    public SwarmClient builder() {
        return new SwarmClient(DockerEndpoint.from(builderHost(), environment), SpecJson.mapper());
    }

    private String builderHost() {
        return environment.getOrDefault("BERTH_BUILDER",
                settings.builder() == null ? DockerEndpoint.DEFAULT_SOCKET : settings.builder());
    }

    private ImageDistribution distribution(SwarmClient builder, SwarmClient manager, List<SwarmClient> nodes, Path cache,
                                           BuildListener listener) {
        List<SwarmClient> engines = new ArrayList<>();
        engines.add(manager);
        engines.addAll(nodes);
        if (settings.registry() != null) {
            var auth = RegistryCredentials.resolve(settings.registry(), environment);
            return new RegistryPush(builder, settings.registry().address(), auth, manager, engines, listener);
        }
        return new DirectLoad(builder, manager, engines, cache.resolve("spool"), listener);
    }

    private static Map<String, String> render(Project project, BerthBuild build, EnvironmentName env, String host,
                                              Map<String, String> variables) {
        if (build.templates().isEmpty()) {
            return Map.of();
        }
        TemplateContext context = ConfigTemplates.context(project, build, env.toString(), host, variables);
        return ConfigTemplates.render(project, build, context);
    }

    /** The manager's address in the swarm, where published ports answer. */
    private static String publishedHost(SwarmClient manager) {
        String host = manager.info().nodeAddress();
        return host == null || host.isEmpty() ? "127.0.0.1" : host;
    }
}
