package dev.berth.swarm.build;

import dev.berth.compose.model.Service;
import dev.berth.swarm.client.EngineException;
import dev.berth.swarm.client.ImageStreamException;
import dev.berth.swarm.client.RegistryAuth;
import dev.berth.swarm.client.SwarmClient;
import java.util.List;

/**
 * With a registry: the image is tagged into the registry's namespace and pushed from the
 * builder; the service is deployed pinned to the digest the registry gave, and the nodes pull
 * it with the same credentials.
 */
public final class RegistryPush implements ImageDistribution {

    private final SwarmClient builder;
    private final String registry;
    private final RegistryAuth auth;
    private final BuildListener listener;

    public RegistryPush(SwarmClient builder, String registry, RegistryAuth auth, BuildListener listener) {
        this.builder = builder;
        this.registry = registry;
        this.auth = auth;
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
        try {
            builder.images().tag(image.imageId(), repository, tag);
            digest = builder.images().push(repository, tag, auth, line -> {
                tail.add(line);
                listener.on(new BuildEvent.Step(service, line));
            });
        } catch (ImageStreamException | EngineException e) {
            throw new BuildFailure(service, "pushing the image of service " + service + " to " + registry
                    + " failed: " + e.getMessage(), tail.lines());
        }
        if (digest == null) {
            throw new BuildFailure(service, "the registry " + registry + " gave no digest for " + repository + ":" + tag,
                    tail.lines());
        }
        listener.on(new BuildEvent.Sent(service, registry, false));
        return new Distributed(repository + "@" + digest, List.of(registry + " " + digest));
    }

    @Override
    public RegistryAuth registryAuth() {
        return auth;
    }
}
