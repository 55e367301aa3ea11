package dev.berth.swarm.doctor;

import java.util.Locale;

/** Whether one node's engine reached the registry (and was let in); {@code problem} is null when it was. */
public record RegistryOutcome(String node, String problem) {

    /**
     * Reads the engine's answer to a manifest request for an image that need not exist: "not
     * found" means the registry answered and let Berth in; "unauthorized" means it needs
     * credentials; anything else, that the node could not reach it.
     */
    static RegistryOutcome ofManifestError(String node, String message) {
        String m = message.toLowerCase(Locale.ROOT);
        if (m.contains("manifest unknown") || m.contains("not found") || m.contains("name unknown")) {
            return new RegistryOutcome(node, null);
        }
        if (m.contains("unauthorized") || m.contains("denied") || m.contains("authentication required")
                || m.contains("no basic auth")) {
            return new RegistryOutcome(node, "the registry wants credentials: " + message.strip());
        }
        return new RegistryOutcome(node, "unreachable: " + message.strip());
    }
}
