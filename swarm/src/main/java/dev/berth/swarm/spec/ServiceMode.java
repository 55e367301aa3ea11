package dev.berth.swarm.spec;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Exactly one of the four scheduling modes is set. */
public record ServiceMode(
        @JsonProperty("Replicated") Replicated replicated,
        @JsonProperty("Global") Global global,
        @JsonProperty("ReplicatedJob") ReplicatedJob replicatedJob,
        @JsonProperty("GlobalJob") GlobalJob globalJob) {

    public record Replicated(@JsonProperty("Replicas") Long replicas) {
    }

    public record Global() {
    }

    /** Runs tasks to completion; {@code TotalCompletions} defaults to {@code MaxConcurrent} on the engine. */
    public record ReplicatedJob(
            @JsonProperty("MaxConcurrent") Long maxConcurrent,
            @JsonProperty("TotalCompletions") Long totalCompletions) {
    }

    public record GlobalJob() {
    }

    public static ServiceMode ofReplicas(long replicas) {
        return new ServiceMode(new Replicated(replicas), null, null, null);
    }

    public static ServiceMode ofGlobal() {
        return new ServiceMode(null, new Global(), null, null);
    }

    public static ServiceMode ofReplicatedJob(Long maxConcurrent, Long totalCompletions) {
        return new ServiceMode(null, null, new ReplicatedJob(maxConcurrent, totalCompletions), null);
    }

    public static ServiceMode ofGlobalJob() {
        return new ServiceMode(null, null, null, new GlobalJob());
    }
}
