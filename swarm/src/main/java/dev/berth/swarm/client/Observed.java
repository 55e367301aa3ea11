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

    public record VolumeState(String name, String driver, Map<String, String> labels) {
    }

    /** One line of an engine's event stream: {@code service update}, {@code container health_status}… */
    public record EngineEvent(String type, String action, String actorId, Map<String, String> attributes) {
    }

    public record ContainerState(String id, String state, Map<String, String> labels) {
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
