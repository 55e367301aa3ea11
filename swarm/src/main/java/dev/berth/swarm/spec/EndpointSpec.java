package dev.berth.swarm.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** How a service is reached: by a virtual IP ({@code vip}) or DNS round-robin ({@code dnsrr}), and its published ports. */
public record EndpointSpec(
        @JsonProperty("Mode") String mode,
        @JsonProperty("Ports") List<PortConfig> ports) {

    public EndpointSpec {
        ports = Copies.list(ports);
    }
}
