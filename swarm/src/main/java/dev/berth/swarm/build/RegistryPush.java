package dev.berth.swarm.build;

import dev.berth.compose.model.Service;
import dev.berth.swarm.client.EngineException;
import dev.berth.swarm.client.EngineUnreachableException;
import dev.berth.swarm.client.ImageState;
import dev.berth.swarm.client.ImageStreamException;
import dev.berth.swarm.client.RegistryAuth;
import dev.berth.swarm.client.SwarmClient;
import java.util.ArrayList;
import java.util.List;

/**
 * With a registry: the image is tagged into the registry's namespace and pushed from the
 * builder; the service is deployed pinned to the digest the registry gave, and the nodes pull
 * it with the same credentials. An image the registry already holds under its tag is not pushed
 * again.
 */
public final class RegistryPush implements ImageDistribution {

    private final SwarmClient builder;
    private final String registry;
    private final RegistryAuth auth;
    private final NodeEngines nodes;
    private final BuildListener listener;

    /**
     * @param engines the engines Berth can reach; those of nodes that may run a service pull its image
     *                at once, so a node that cannot pull stops {@code up} before any service changes
     */
    public RegistryPush(SwarmClient builder, String registry, RegistryAuth auth, SwarmClient manager,
                        List<SwarmClient> engines, BuildListener listener) {
        this.builder = builder;
        this.registry = registry;
        this.auth = auth;
        this.nodes = new NodeEngines(manager, engines);
        this.listener = listener;
    }

    @Override
    public Distributed distribute(String service, Service spec, ImageOutcome image) {
        String reference = image.reference();
        int colon = reference.lastIndexOf(':');
        String tag = reference.substring(colon + 1);
        String repository = ImageNames.inRegistry(reference.substring(0, colon), registry);
        LogTail tail = new LogTail(ServiceBuild.LOG_TAIL);
        listener.on(new BuildEvent.Sending(service, registry));
        String digest;
        boolean already;
        try {
            builder.images().tag(image.imageId(), repository, tag);
            digest = pushedBefore(image.imageId(), repository, tag);
            already = digest != null;
            if (!already) {
                digest = builder.images().push(repository, tag, auth, line -> {
                    tail.add(line);
                    listener.on(new BuildEvent.Step(service, line));
                });
            }
        } catch (ImageStreamException | EngineException e) {
            throw new BuildFailure(service, "pushing the image of service " + service + " to " + registry
                    + " failed: " + e.getMessage(), tail.lines());
        }
        if (digest == null) {
            throw new BuildFailure(service, "the registry " + registry + " gave no digest for " + repository + ":" + tag,
                    tail.lines());
        }
        listener.on(new BuildEvent.Sent(service, registry, already));
        List<String> destinations = new ArrayList<>(List.of(registry));
        destinations.addAll(pullOnNodes(service, spec, repository, digest));
        return new Distributed(repository + "@" + digest, destinations);
    }

    /**
     * The digest of the image in the registry when the registry still gives {@code repository:tag}
     * a digest the builder recorded for this very image when it pushed it; else null, and it is
     * pushed. A registry that cannot be asked or refuses is left to the push to report.
     */
    private String pushedBefore(String imageId, String repository, String tag) {
        ImageState state = builder.images().inspect(imageId);
        if (state == null || state.repoDigests().stream().noneMatch(d -> d.startsWith(repository + "@"))) {
            return null;
        }
        try {
            String inRegistry = builder.images().registryDigest(repository, tag, auth);
            return holds(state.repoDigests(), repository, inRegistry) ? inRegistry : null;
        } catch (EngineException e) {
            return null;
        }
    }

    /** Whether the digest the registry gives is one of the image's own digests in {@code repository}. */
    static boolean holds(List<String> repoDigests, String repository, String registryDigest) {
        return registryDigest != null && repoDigests.contains(repository + "@" + registryDigest);
    }

    /** Nodes Berth cannot reach are left to pull when their task starts, with the auth sent along the service. */
    private List<String> pullOnNodes(String service, Service spec, String repository, String digest) {
        List<String> pulled = new ArrayList<>();
        for (NodeEngines.Target target : nodes.targets(spec)) {
            if (target.engine() == null) {
                continue;
            }
            ImageState present = target.engine().images().inspect(repository + "@" + digest);
            if (present == null) {
                listener.on(new BuildEvent.Sending(service, target.name()));
                try {
                    target.engine().images().pull(repository, digest, auth);
                } catch (ImageStreamException | EngineException | EngineUnreachableException e) {
                    throw new BuildFailure(service, "node " + target.name() + " cannot pull " + repository + "@"
                            + digest + " for service " + service + ": " + e.getMessage(), List.of());
                }
            }
            listener.on(new BuildEvent.Sent(service, target.name(), present != null));
            pulled.add(target.name());
        }
        return pulled;
    }

    @Override
    public RegistryAuth registryAuth() {
        return auth;
    }
}
