package dev.berth.swarm.spec;

import com.fasterxml.jackson.annotation.JsonProperty;

/** When Swarm restarts a task: {@code none}, {@code on-failure} or {@code any}; durations in nanoseconds. */
public record RestartPolicy(
        @JsonProperty("Condition") String condition,
        @JsonProperty("Delay") Long delay,
        @JsonProperty("MaxAttempts") Long maxAttempts,
        @JsonProperty("Window") Long window) {
}
