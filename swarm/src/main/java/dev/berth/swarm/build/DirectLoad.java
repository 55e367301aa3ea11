package dev.berth.swarm.build;

import dev.berth.compose.model.Service;
import dev.berth.swarm.client.EngineException;
import dev.berth.swarm.client.EngineUnreachableException;
import dev.berth.swarm.client.ImageState;
import dev.berth.swarm.client.ImageStreamException;
import dev.berth.swarm.client.Observed.NodeState;
import dev.berth.swarm.client.RegistryAuth;
import dev.berth.swarm.client.SwarmClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Without a registry: the image is saved from the builder once and loaded into the engine of
 * every node that may run the service and lacks that image ID. A node that may run it but whose
 * engine Berth cannot reach stops the distribution, naming the node.
 */
public final class DirectLoad implements ImageDistribution {

    private final SwarmClient builder;
    private final SwarmClient manager;
    private final List<SwarmClient> engines;
    private final Path spool;
    private final BuildListener listener;
    private Map<String, SwarmClient> byNode;
    private List<String> unreachable;
    private List<NodeState> nodes;

    /**
     * @param engines the engines Berth can reach (the manager's and the nodes'), matched to nodes by the ID each reports
     * @param spool a directory for the saved image while it is loaded
     */
    public DirectLoad(SwarmClient builder, SwarmClient manager, List<SwarmClient> engines, Path spool,
                      BuildListener listener) {
        this.builder = builder;
        this.manager = manager;
        this.engines = List.copyOf(engines);
        this.spool = spool;
        this.listener = listener;
    }

    @Override
    public Distributed distribute(String service, Service spec, ImageOutcome image) {
        discover();
        List<String> destinations = new ArrayList<>();
        Path saved = null;
        try {
            for (NodeState node : nodes) {
                if (!node.state().equals("ready") || !node.availability().equals("active")
                        || !PlacementFilter.allows(spec, node)) {
                    continue;
                }
                SwarmClient engine = byNode.get(node.id());
                String label = label(node);
                if (engine == null) {
                    throw new BuildFailure(service, "node " + label + " may run service " + service
                            + " but Berth cannot reach its engine to load the image" + unreachableNote()
                            + "; name it under cluster.nodes in the configuration file or in BERTH_NODE_HOSTS,"
                            + " or configure build.registry", List.of());
                }
                ImageState present = engine.images().inspect(image.reference());
                if (present != null && present.id().equals(image.imageId())) {
                    listener.on(new BuildEvent.Sent(service, label, true));
                    destinations.add(label);
                    continue;
                }
                listener.on(new BuildEvent.Sending(service, label));
                if (saved == null) {
                    saved = save(service, image);
                }
                load(service, engine, saved, label, image);
                listener.on(new BuildEvent.Sent(service, label, false));
                destinations.add(label);
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

    /** Which engine is which node: each engine says its node ID. */
    private void discover() {
        if (byNode != null) {
            return;
        }
        byNode = new LinkedHashMap<>();
        unreachable = new ArrayList<>();
        nodes = new ArrayList<>(manager.nodes());
        nodes.sort(java.util.Comparator.comparing(DirectLoad::label));
        for (SwarmClient engine : engines) {
            try {
                String id = engine.info().nodeId();
                if (!id.isEmpty()) {
                    byNode.putIfAbsent(id, engine);
                }
            } catch (EngineUnreachableException e) {
                unreachable.add(engine.endpoint().toString());
            }
        }
    }

    private String unreachableNote() {
        return unreachable.isEmpty() ? "" : " (no answer from " + String.join(", ", unreachable) + ")";
    }

    private static String label(NodeState node) {
        return node.hostname().isEmpty() ? node.id() : node.hostname();
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
