package dev.berth.swarm.spec;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A service's use of a config. The engine resolves it by ID, which is known only once the config exists. */
public record ConfigReference(
        @JsonProperty("File") FileTarget file,
        @JsonProperty("ConfigID") String configId,
        @JsonProperty("ConfigName") String configName) {

    public ConfigReference withId(String id) {
        return new ConfigReference(file, id, configName);
    }
}
