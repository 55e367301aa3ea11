package dev.berth.swarm.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** One mount of the container: {@code bind}, {@code volume}, {@code tmpfs} or {@code npipe}. */
public record Mount(
        @JsonProperty("Type") String type,
        @JsonProperty("Source") String source,
        @JsonProperty("Target") String target,
        @JsonProperty("ReadOnly") Boolean readOnly,
        @JsonProperty("Consistency") String consistency,
        @JsonProperty("BindOptions") BindOptions bindOptions,
        @JsonProperty("VolumeOptions") VolumeOptions volumeOptions,
        @JsonProperty("TmpfsOptions") TmpfsOptions tmpfsOptions) {

    public record BindOptions(
            @JsonProperty("Propagation") String propagation,
            @JsonProperty("NonRecursive") Boolean nonRecursive) {
    }

    /** The labels and driver apply when a node creates the volume, the first time a task mounts it there. */
    public record VolumeOptions(
            @JsonProperty("NoCopy") Boolean noCopy,
            @JsonProperty("Labels") Map<String, String> labels,
            @JsonProperty("DriverConfig") Driver driverConfig) {

        public VolumeOptions {
            labels = Copies.map(labels);
        }
    }

    /** Size in bytes; mode as a number (written in decimal). */
    public record TmpfsOptions(
            @JsonProperty("SizeBytes") Long sizeBytes,
            @JsonProperty("Mode") Long mode) {
    }
}
