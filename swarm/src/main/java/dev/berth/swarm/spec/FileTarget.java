package dev.berth.swarm.spec;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a config or secret appears in the container; the mode is a number (written in decimal). */
public record FileTarget(
        @JsonProperty("Name") String name,
        @JsonProperty("UID") String uid,
        @JsonProperty("GID") String gid,
        @JsonProperty("Mode") Long mode) {
}
