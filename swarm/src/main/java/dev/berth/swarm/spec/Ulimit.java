package dev.berth.swarm.spec;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One resource limit of the container, e.g. {@code nofile}. */
public record Ulimit(
        @JsonProperty("Name") String name,
        @JsonProperty("Soft") Long soft,
        @JsonProperty("Hard") Long hard) {
}
