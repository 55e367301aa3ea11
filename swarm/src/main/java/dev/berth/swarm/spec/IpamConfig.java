package dev.berth.swarm.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** One address pool of a network. */
public record IpamConfig(
        @JsonProperty("Subnet") String subnet,
        @JsonProperty("IPRange") String ipRange,
        @JsonProperty("Gateway") String gateway,
        @JsonProperty("AuxiliaryAddresses") Map<String, String> auxiliaryAddresses) {

    public IpamConfig {
        auxiliaryAddresses = Copies.map(auxiliaryAddresses);
    }
}
