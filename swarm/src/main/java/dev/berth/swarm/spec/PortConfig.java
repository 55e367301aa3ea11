package dev.berth.swarm.spec;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One published port; without {@code PublishedPort} the engine picks one. {@code PublishMode} is ingress or host. */
public record PortConfig(
        @JsonProperty("Name") String name,
        @JsonProperty("Protocol") String protocol,
        @JsonProperty("TargetPort") Integer targetPort,
        @JsonProperty("PublishedPort") Integer publishedPort,
        @JsonProperty("PublishMode") String publishMode) {
}
