package dev.berth.swarm.build;

import dev.berth.compose.model.Service;
import dev.berth.swarm.client.RegistryAuth;
import java.util.List;

/** Stage 5: puts an image made on the builder where every node that may run the service finds it. */
public sealed interface ImageDistribution permits DirectLoad, RegistryPush {

    /**
     * @param service the service's name, for messages and events
     * @param spec the service (its placement decides which nodes need the image)
     */
    Distributed distribute(String service, Service spec, ImageOutcome image);

    /** Credentials the nodes need to pull what was distributed, or null. */
    RegistryAuth registryAuth();

    /**
     * @param reference what the service deploys: a content tag, or repo@sha256:… from a registry
     * @param destinations where the image went (node names, or the registry and digest)
     */
    record Distributed(String reference, List<String> destinations) {
        public Distributed {
            destinations = List.copyOf(destinations);
        }
    }
}
