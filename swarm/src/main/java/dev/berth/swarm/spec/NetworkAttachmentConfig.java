package dev.berth.swarm.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** A service's attachment to a network by name, with the names it answers to there. */
public record NetworkAttachmentConfig(
        @JsonProperty("Target") String target,
        @JsonProperty("Aliases") List<String> aliases,
        @JsonProperty("DriverOpts") Map<String, String> driverOpts) {

    public NetworkAttachmentConfig {
        aliases = Copies.list(aliases);
        driverOpts = Copies.map(driverOpts);
    }
}
