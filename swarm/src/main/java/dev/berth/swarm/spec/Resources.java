package dev.berth.swarm.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** What each task may use at most and what the scheduler sets aside for it. */
public record Resources(
        @JsonProperty("Limits") Limit limits,
        @JsonProperty("Reservations") Reservation reservations) {

    public record Limit(
            @JsonProperty("NanoCPUs") Long nanoCpus,
            @JsonProperty("MemoryBytes") Long memoryBytes,
            @JsonProperty("Pids") Long pids) {
    }

    public record Reservation(
            @JsonProperty("NanoCPUs") Long nanoCpus,
            @JsonProperty("MemoryBytes") Long memoryBytes,
            @JsonProperty("GenericResources") List<GenericResource> genericResources) {

        public Reservation {
            genericResources = Copies.list(genericResources);
        }
    }

    /** A node-advertised resource such as {@code SSD=2}. */
    public record GenericResource(
            @JsonProperty("DiscreteResourceSpec") DiscreteResource discreteResourceSpec) {
    }

    public record DiscreteResource(
            @JsonProperty("Kind") String kind,
            @JsonProperty("Value") Long value) {
    }
}
