package dev.berth.swarm.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A container health check; durations in nanoseconds, absent meaning the image's own. */
public record HealthConfig(
        @JsonProperty("Test") List<String> test,
        @JsonProperty("Interval") Long interval,
        @JsonProperty("Timeout") Long timeout,
        @JsonProperty("Retries") Long retries,
        @JsonProperty("StartPeriod") Long startPeriod) {

    public HealthConfig {
        test = Copies.list(test);
    }

    /** {@code ["NONE"]}: the image's health check is switched off. */
    public static HealthConfig disabled() {
        return new HealthConfig(List.of("NONE"), null, null, null, null);
    }
}
