package dev.berth.swarm.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** The address management of a network: its driver and address pools. */
public record Ipam(
        @JsonProperty("Driver") String driver,
        @JsonProperty("Config") List<IpamConfig> config,
        @JsonProperty("Options") Map<String, String> options) {

    public Ipam {
        config = Copies.list(config);
        options = Copies.map(options);
    }
}
