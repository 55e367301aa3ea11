package dev.berth.swarm.client;

/** One line a task logged, with where it came from (from the engine's log details). */
public record LogLine(String taskId, String nodeId, String serviceId, boolean stderr, String text) {
}
