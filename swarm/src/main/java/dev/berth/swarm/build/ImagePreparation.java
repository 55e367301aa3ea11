package dev.berth.swarm.build;

import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stages 1–6 of {@code berth up} and {@code berth build} before anything on the cluster changes:
 * the compile stages (source, compile step, module images), then each service's {@code build:}
 * on the builder, then distribution of every image made, then the project with those images.
 * Any failure stops here as a {@link BuildFailure}.
 */
public final class ImagePreparation {

    private final Builder builder;
    private final CompileStages compile;
    private final ImageDistribution distribution;
    private final Map<String, String> environment;
    private final Path projectDirectory;

    /** @param projectDirectory where relative build contexts start */
    public ImagePreparation(Builder builder, CompileStages compile, ImageDistribution distribution,
                            Map<String, String> environment, Path projectDirectory) {
        this.builder = builder;
        this.compile = compile;
        this.distribution = distribution;
        this.environment = Map.copyOf(environment);
        this.projectDirectory = projectDirectory;
    }

    /** Whether the project makes any image at all (else nothing needs the builder). */
    public static boolean needed(Project project, CompileStages compile) {
        return compile != CompileStages.NONE || project.services().values().stream().anyMatch(s -> s.build() != null);
    }

    public PreparedProject prepare(Project project) {
        CompileStages.Result compiled = compile.run(project, builder);
        Map<String, ImageOutcome> made = new LinkedHashMap<>(compiled.images());
        ServiceBuild build = new ServiceBuild(builder, environment, projectDirectory);
        project.services().forEach((name, service) -> {
            if (service.build() != null && !made.containsKey(name) && !compiled.buildOnly().contains(name)) {
                ImageOutcome image = build.build(project.name(), name, service);
                builder.listener().on(new BuildEvent.Ready(name, image));
                made.put(name, image);
            }
        });
        Map<String, Service> services = new LinkedHashMap<>();
        List<PreparedProject.PreparedImage> images = new ArrayList<>();
        project.services().forEach((name, service) -> {
            if (compiled.buildOnly().contains(name)) {
                return;
            }
            ImageOutcome image = made.get(name);
            if (image == null) {
                services.put(name, service);
                return;
            }
            ImageDistribution.Distributed to = distribution.distribute(name, service, image);
            images.add(new PreparedProject.PreparedImage(name, image, to.reference(), to.destinations()));
            services.put(name, service.withBuiltImage(to.reference()));
        });
        return new PreparedProject(project.withServices(services), images, distribution.registryAuth());
    }
}
