package dev.berth.swarm.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the engine reports about the cluster, reduced to what Berth reads. */
public final class Observed {

    private Observed() {
    }

    public record EngineInfo(String nodeId, String localNodeState, boolean controlAvailable, String serverVersion,
                             int cpus, long memoryBytes, String nodeAddress, String name) {
        public boolean inSwarm() {
            return "active".equals(localNodeState);
        }
    }

    /** An engine's SystemTime and this machine's clock around the call that read it. */
    public record EngineClock(Instant engineTime, Instant askedAt, Instant answeredAt) {
        /** How far the engine's clock is ahead of ours (negative: behind), at the middle of the call. */
        public java.time.Duration offset() {
            Instant middle = askedAt.plus(java.time.Duration.between(askedAt, answeredAt).dividedBy(2));
            return java.time.Duration.between(middle, engineTime);
        }

        public java.time.Duration roundTrip() {
            return java.time.Duration.between(askedAt, answeredAt);
        }
    }

    public record SwarmState(String id, String workerToken, String managerToken, List<String> defaultAddrPool,
                             int subnetSize) {
    }

    public record ServiceState(String id, long version, String name, Map<String, String> labels, JsonNode spec,
                               Instant createdAt, Instant updatedAt, String updateState, String updateMessage) {
    }

    public record TaskState(String id, String serviceId, String nodeId, int slot, String desiredState, String state,
                            String message, String error, Integer exitCode, String containerId, Instant timestamp,
                            Instant createdAt, List<String> addresses) {
        public boolean running() {
            return "running".equals(state);
        }

        public boolean terminal() {
            return switch (state) {
                case "complete", "failed", "shutdown", "rejected", "orphaned", "remove" -> true;
                default -> false;
            };
        }
    }

    public record NetworkState(String id, String name, Map<String, String> labels, List<String> subnets,
                               String scope, String driver) {
    }

    /** A config or a secret. */
    public record ObjectState(String id, String name, Map<String, String> labels) {
    }

    public record NodeState(String id, String hostname, String role, String availability, String state,
                            String address, String engineVersion, long nanoCpus, long memoryBytes,
                            Map<String, String> labels, boolean leader, String managerReachability) {
    }

    /** A node as the scheduler weighs it: what it is, whether it takes tasks, and its whole capacity. */
    public record NodeResources(String id, String hostname, String role, String availability, String state,
                                Map<String, String> labels, Map<String, String> engineLabels, String os, String arch,
                                long nanoCpus, long memoryBytes) {
    }

    /** A task with what its spec reserves, for counting what a node has left. */
    public record TaskReservation(String id, String serviceId, String nodeId, String state, String desiredState,
                                  long nanoCpus, long memoryBytes) {
    }

    /**
     * One reading of a container's use: CPU time of the container and of the whole host (both
     * in nanoseconds, to take the rate between two readings), and memory less the page cache.
     */
    public record ContainerUsage(String id, long cpuNanos, long systemCpuNanos, int onlineCpus, long memoryBytes) {
    }

    public record VolumeState(String name, String driver, Map<String, String> labels) {
    }

    /** One line of an engine's event stream: {@code service update}, {@code container health_status}… */
    public record EngineEvent(String type, String action, String actorId, Map<String, String> attributes) {
    }

    public record ContainerState(String id, String state, Map<String, String> labels) {
    }

    /** A config with its version, for updates that must not overwrite someone else's (Berth's locks). */
    public record ConfigState(String id, long version, String name, Map<String, String> labels) {
    }

    /** A port some service publishes, as its spec asks or as Swarm assigned it. */
    public record PublishedPort(String serviceId, String serviceName, Map<String, String> serviceLabels, int port,
                                int target, String protocol, String mode) {
    }

    /** What one engine stores, with sizes ({@code docker system df -v}). */
    public record DiskUsage(List<ImageUsage> images, List<ContainerDisk> containers, List<VolumeUsage> volumes) {
    }

    /** @param uniqueSize bytes of layers no other image shares */
    public record ImageUsage(String id, List<String> tags, Instant created, long uniqueSize, int containers) {
    }

    /** A container as {@code docker system df} sees it: what it runs and the bytes it wrote. */
    public record ContainerDisk(String id, String name, String state, String imageId, Map<String, String> labels,
                                long sizeRw) {
    }

    public record VolumeUsage(String name, Map<String, String> labels, long size) {
    }

    static Map<String, String> labels(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    static Instant time(JsonNode node) {
        String text = node.asText("");
        if (text.isEmpty() || text.startsWith("0001-")) {
            return null;
        }
        return Instant.parse(text);
    }
}
