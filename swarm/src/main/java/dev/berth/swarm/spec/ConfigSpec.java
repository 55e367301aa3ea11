package dev.berth.swarm.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.TreeMap;

/**
 * The body of {@code POST /configs/create}; {@code Data} is base64. Engine API 1.41 has no config
 * driver. Only the labels of a config can change, so new content means a new config.
 */
public record ConfigSpec(
        @JsonProperty("Name") String name,
        @JsonProperty("Labels") Map<String, String> labels,
        @JsonProperty("Data") String data,
        @JsonProperty("Templating") Driver templating) {

    public ConfigSpec {
        labels = Copies.map(labels);
    }

    /** A copy with one more label, e.g. the spec hash. */
    public ConfigSpec withLabel(String key, String value) {
        Map<String, String> more = labels == null ? new TreeMap<>() : new TreeMap<>(labels);
        more.put(key, value);
        return new ConfigSpec(name, more, data, templating);
    }
}
