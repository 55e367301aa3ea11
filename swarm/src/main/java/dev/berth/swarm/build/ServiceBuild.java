package dev.berth.swarm.build;

import dev.berth.compose.model.Build;
import dev.berth.compose.model.Service;
import dev.berth.engine.Labels;
import dev.berth.engine.build.BuildContext;
import dev.berth.engine.build.BuildInputs;
import dev.berth.engine.build.ContentTag;
import dev.berth.engine.source.Source;
import dev.berth.engine.source.SourceException;
import dev.berth.engine.source.SourceLocation;
import dev.berth.swarm.client.BuildOptions;
import dev.berth.swarm.client.EngineException;
import dev.berth.swarm.client.ImageState;
import dev.berth.swarm.client.ImageStreamException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage 4 for one service: its {@code build:} on the builder engine, tagged by content. When the
 * builder already has the tag, nothing is built.
 */
final class ServiceBuild {

    static final int LOG_TAIL = 20;

    private final Builder builder;
    private final Map<String, String> environment;
    private final Path projectDirectory;

    ServiceBuild(Builder builder, Map<String, String> environment, Path projectDirectory) {
        this.builder = builder;
        this.environment = environment;
        this.projectDirectory = projectDirectory;
    }

    ImageOutcome build(String project, String name, Service service) {
        Build b = service.build();
        reportIgnored(name, b);
        BuildContext context = context(name, b);
        String dockerfileText = dockerfileText(context);
        BuildInputs inputs = new BuildInputs(args(b), b.target(), b.labels(), b.network(), b.extraHosts(), Map.of());
        inputs = inputs.withBaseImages(baseImages(dockerfileText));
        String hash = ContentTag.of(context, inputs);
        String reference = ImageNames.repository(project, name, service) + ":" + hash;
        ImageState existing = builder.engine().images().inspect(reference);
        if (existing != null && !builder.noCache() && !b.noCache()) {
            return new ImageOutcome(reference, existing.id(), existing.size(), false);
        }
        Map<String, String> labels = new LinkedHashMap<>(b.labels());
        labels.put(Labels.PROJECT, project);
        labels.put(Labels.IMAGE_CONTENT, ContentTag.digest(context, inputs));
        List<String> hosts = new ArrayList<>();
        b.extraHosts().forEach((host, addresses) -> addresses.forEach(a -> hosts.add(host + ":" + a)));
        BuildOptions options = new BuildOptions(reference, context.dockerfile(), inputs.args(), b.target(), labels,
                b.cacheFrom(), b.network(), hosts, b.shmSize(), builder.noCache() || b.noCache(), b.pull());
        LogTail tail = new LogTail(LOG_TAIL);
        try (InputStream tar = ContextTar.stream(context)) {
            builder.engine().images().build(tar, options, line -> {
                tail.add(line);
                builder.listener().on(new BuildEvent.Step(name, line));
            });
        } catch (ImageStreamException | EngineException e) {
            tail.add(e.getMessage());
            throw new BuildFailure(name, "the image of service " + name + " did not build: " + e.getMessage(), tail.lines());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImageState built = builder.engine().images().inspect(reference);
        if (built == null) {
            throw new BuildFailure(name, "the image of service " + name + " was built but the builder has no "
                    + reference, tail.lines());
        }
        return new ImageOutcome(reference, built.id(), built.size(), true);
    }

    /** What the Engine API's classic builder cannot do is named, never dropped silently. */
    private void reportIgnored(String name, Build b) {
        String path = "services." + name + ".build.";
        String classic = "the Engine API's classic builder cannot ";
        if (!b.secrets().isEmpty()) {
            ignored(name, path + "secrets", classic + "mount build secrets");
        }
        if (!b.platforms().isEmpty()) {
            ignored(name, path + "platforms", classic + "build for other platforms; the builder's own is used");
        }
        if (!b.cacheTo().isEmpty()) {
            ignored(name, path + "cache_to", classic + "export its cache");
        }
        if (!b.tags().isEmpty()) {
            ignored(name, path + "tags", "Berth tags the image by its content and deploys that tag");
        }
        b.otherKeys().keySet().forEach(key -> ignored(name, path + key, "not supported when building on Swarm"));
    }

    private void ignored(String name, String path, String reason) {
        builder.listener().on(new BuildEvent.Ignored(name, path, reason));
    }

    private BuildContext context(String name, Build b) {
        try {
            SourceLocation location = SourceLocation.parse(b.context());
            Source source = builder.sources().resolve(location, projectDirectory);
            return BuildContext.collect(source.directory(), b.dockerfile(), b.dockerfileInline());
        } catch (SourceException | IllegalArgumentException | UncheckedIOException e) {
            throw new BuildFailure(name, "the build context of service " + name + " cannot be read: " + e.getMessage(),
                    List.of());
        }
    }

    /** Arguments without a value take it from the environment, as Compose does, or are left out. */
    private Map<String, String> args(Build b) {
        Map<String, String> out = new LinkedHashMap<>();
        b.args().forEach((k, v) -> {
            String value = v != null ? v : environment.get(k);
            if (value != null) {
                out.put(k, value);
            }
        });
        return out;
    }

    private static String dockerfileText(BuildContext context) {
        return context.files().stream().filter(f -> f.name().equals(context.dockerfile())).findFirst()
                .map(f -> {
                    try {
                        return f.content() != null ? new String(f.content(), StandardCharsets.UTF_8)
                                : Files.readString(f.source());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).orElse("");
    }

    /** The builder's IDs of the images the Dockerfile starts from, so a rebuilt base image makes a new tag. */
    private Map<String, String> baseImages(String dockerfile) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (String image : DockerfileBases.of(dockerfile)) {
            ImageState state = builder.engine().images().inspect(image);
            ids.put(image, state == null ? "" : state.id());
        }
        return ids;
    }
}
