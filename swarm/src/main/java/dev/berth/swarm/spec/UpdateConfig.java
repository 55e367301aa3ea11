package dev.berth.swarm.spec;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How an update or a rollback rolls over the tasks; durations in nanoseconds. */
public record UpdateConfig(
        @JsonProperty("Parallelism") Long parallelism,
        @JsonProperty("Delay") Long delay,
        @JsonProperty("FailureAction") String failureAction,
        @JsonProperty("Monitor") Long monitor,
        @JsonProperty("MaxFailureRatio") Double maxFailureRatio,
        @JsonProperty("Order") String order) {
}
