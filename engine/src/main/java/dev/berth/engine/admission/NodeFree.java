package dev.berth.engine.admission;

/** What is left unreserved on a node. */
public record NodeFree(String nodeId, String node, long nanoCpus, long memoryBytes) {
}
