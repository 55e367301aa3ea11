package dev.berth.swarm.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** What each task of a service runs, where, and how it is restarted. */
public record TaskSpec(
        @JsonProperty("ContainerSpec") ContainerSpec containerSpec,
        @JsonProperty("Resources") Resources resources,
        @JsonProperty("RestartPolicy") RestartPolicy restartPolicy,
        @JsonProperty("Placement") Placement placement,
        @JsonProperty("Networks") List<NetworkAttachmentConfig> networks,
        @JsonProperty("LogDriver") Driver logDriver) {

    public TaskSpec {
        networks = Copies.list(networks);
    }
}
