package dev.berth.swarm.build;

import dev.berth.compose.model.Service;
import dev.berth.swarm.client.EngineException;
import dev.berth.swarm.client.EngineUnreachableException;
import dev.berth.swarm.client.ImageState;
import dev.berth.swarm.client.ImageStreamException;
import dev.berth.swarm.client.RegistryAuth;
import dev.berth.swarm.client.SwarmClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Without a registry: the image is saved from the builder once and loaded into the engine of
 * every node that may run the service and lacks that image ID. A node that may run it but whose
 * engine Berth cannot reach stops the distribution, naming the node.
 */
public final class DirectLoad implements ImageDistribution {

    private final SwarmClient builder;
    private final NodeEngines nodes;
    private final Path spool;
    private final BuildListener listener;

    /**
     * @param engines the engines Berth can reach (the manager's and the nodes'), matched to nodes by the ID each reports
     * @param spool a directory for the saved image while it is loaded
     */
    public DirectLoad(SwarmClient builder, SwarmClient manager, List<SwarmClient> engines, Path spool,
                      BuildListener listener) {
        this.builder = builder;
        this.nodes = new NodeEngines(manager, engines);
        this.spool = spool;
        this.listener = listener;
    }

    @Override
    public Distributed distribute(String service, Service spec, ImageOutcome image) {
        List<NodeEngines.Target> targets = nodes.targets(spec);
        for (NodeEngines.Target target : targets) {
            if (target.engine() == null) {
                throw new BuildFailure(service, "node " + target.name() + " may run service " + service
                        + " but Berth cannot reach its engine to load the image" + nodes.unreachableNote()
                        + "; name it under cluster.nodes in the configuration file or in BERTH_NODE_HOSTS,"
                        + " or configure build.registry", List.of());
            }
        }
        List<String> destinations = new ArrayList<>();
        Path saved = null;
        try {
            for (NodeEngines.Target target : targets) {
                SwarmClient engine = target.engine();
                ImageState present = engine.images().inspect(image.reference());
                if (present != null && present.id().equals(image.imageId())) {
                    listener.on(new BuildEvent.Sent(service, target.name(), true));
                    destinations.add(target.name());
                    continue;
                }
                listener.on(new BuildEvent.Sending(service, target.name()));
                if (saved == null) {
                    saved = save(service, image);
                }
                load(service, engine, saved, target.name(), image);
                listener.on(new BuildEvent.Sent(service, target.name(), false));
                destinations.add(target.name());
            }
        } finally {
            if (saved != null) {
                saved.toFile().delete();
            }
        }
        return new Distributed(image.reference(), destinations);
    }

    @Override
    public RegistryAuth registryAuth() {
        return null;
    }
    private Path save(String service, ImageOutcome image) {
        try {
            Files.createDirectories(spool);
            Path file = Files.createTempFile(spool, "image-", ".tar");
            try (OutputStream out = Files.newOutputStream(file)) {
                builder.images().save(image.reference(), out);
            }
            return file;
        } catch (IOException | EngineException e) {
            throw new BuildFailure(service, "cannot save the image of service " + service + " from the builder: "
                    + e.getMessage(), List.of());
        }
    }

    private static void load(String service, SwarmClient engine, Path saved, String node, ImageOutcome image) {
        try (InputStream in = Files.newInputStream(saved)) {
            engine.images().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ImageStreamException | EngineException | EngineUnreachableException e) {
            throw new BuildFailure(service, "loading the image of service " + service + " into node " + node
                    + " failed: " + e.getMessage(), List.of());
        }
        ImageState loaded = engine.images().inspect(image.reference());
        if (loaded == null || !loaded.id().equals(image.imageId())) {
            throw new BuildFailure(service, "node " + node + " did not keep the image " + image.reference()
                    + " of service " + service + " after loading it", List.of());
        }
    }
}
