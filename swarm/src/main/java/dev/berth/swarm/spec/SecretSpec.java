package dev.berth.swarm.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import java.util.TreeMap;

/**
 * The body of {@code POST /secrets/create}; {@code Data} is base64 and empty when a driver fetches
 * the value from a secret store. Only the labels of a secret can change, so a new value means a new secret.
 */
public record SecretSpec(
        @JsonProperty("Name") String name,
        @JsonProperty("Labels") Map<String, String> labels,
        @JsonProperty("Data") String data,
        @JsonProperty("Driver") Driver driver,
        @JsonProperty("Templating") Driver templating) {

    public SecretSpec {
        labels = Copies.map(labels);
    }

    /** A copy with one more label, e.g. the spec hash. */
    public SecretSpec withLabel(String key, String value) {
        Map<String, String> more = labels == null ? new TreeMap<>() : new TreeMap<>(labels);
        more.put(key, value);
        return new SecretSpec(name, more, data, driver, templating);
    }
}
