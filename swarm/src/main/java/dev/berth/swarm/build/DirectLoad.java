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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Without a registry: the image is saved from the builder once and loaded, into all at once, the
 * engine of every node that may run the service and lacks that image ID. Each node is sent only
 * the layers it lacks (see {@link SavedImage}): a module image on a base image the node has
 * costs the module's layer, not the base's. A node that may run it but whose
 * engine Berth cannot reach stops the distribution, naming the node.
 */
public final class DirectLoad implements ImageDistribution {

    /** Images of the build history looked for on a node, nearest first. */
    private static final int MAX_ANCESTORS = 40;

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
        List<NodeEngines.Target> missing = new ArrayList<>();
        for (NodeEngines.Target target : targets) {
            destinations.add(target.name());
            ImageState present = target.engine().images().inspect(image.reference());
            if (present != null && present.id().equals(image.imageId())) {
                listener.on(new BuildEvent.Sent(service, target.name(), true));
            } else {
                missing.add(target);
            }
        }
        if (!missing.isEmpty()) {
            Path file = save(service, image);
            try {
                loadAll(service, missing, SavedImage.read(file), image);
            } finally {
                file.toFile().delete();
            }
        }
        return new Distributed(image.reference(), destinations);
    }

    /** Loads into the nodes at once (each reads the saved file on its own); the first failure is raised. */
    private void loadAll(String service, List<NodeEngines.Target> targets, SavedImage saved, ImageOutcome image) {
        ImageState built = builder.images().inspect(image.reference());
        List<String> layers = built == null ? List.of() : built.layers();
        List<String> ancestors = builder.images().ancestors(image.reference()).stream()
                .filter(id -> !id.equals(image.imageId())).limit(MAX_ANCESTORS).toList();
        List<CompletableFuture<Void>> loads = new ArrayList<>();
        for (NodeEngines.Target target : targets) {
            listener.on(new BuildEvent.Sending(service, target.name()));
            loads.add(CompletableFuture.runAsync(() -> {
                int shared = sharedLayers(target.engine(), layers, ancestors);
                try {
                    load(service, target.engine(), saved.without(shared), target.name(), image);
                } catch (BuildFailure e) {
                    if (shared == 0) {
                        throw e;
                    }
                    // the node lost a layer since it was asked: send everything
                    load(service, target.engine(), saved.without(0), target.name(), image);
                }
                listener.on(new BuildEvent.Sent(service, target.name(), false));
            }, runnable -> {
                Thread t = new Thread(runnable, "berth-load-" + target.name());
                t.setDaemon(true);
                t.start();
            }));
        }
        try {
            CompletableFuture.allOf(loads.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
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

    /** How many of the image's bottom layers the node has already, judged by the images it was built on. */
    private static int sharedLayers(SwarmClient engine, List<String> layers, List<String> ancestors) {
        int best = 0;
        for (String id : ancestors) {
            ImageState there = engine.images().inspect(id);
            if (there != null) {
                best = Math.max(best, SavedImage.sharedPrefix(layers, there.layers()));
            }
        }
        return best;
    }

    private static void load(String service, SwarmClient engine, InputStream tar, String node, ImageOutcome image) {
        try (InputStream in = tar) {
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
