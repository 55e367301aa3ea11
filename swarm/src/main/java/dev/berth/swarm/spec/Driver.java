package dev.berth.swarm.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** A named driver and its options: log driver, volume driver, secret store, templating. */
public record Driver(
        @JsonProperty("Name") String name,
        @JsonProperty("Options") Map<String, String> options) {

    public Driver {
        options = Copies.map(options);
    }

    public static Driver named(String name) {
        return new Driver(name, null);
    }
}
