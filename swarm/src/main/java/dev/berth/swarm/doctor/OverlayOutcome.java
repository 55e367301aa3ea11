package dev.berth.swarm.doctor;

import java.util.List;
import java.util.Map;

/**
 * What the overlay probe saw: a task of a global service on each node fetched every other task,
 * found by the service's name, over a throwaway overlay network.
 *
 * @param probed IDs of the nodes whose probe task ran and reported
 * @param notRun node ID → why no probe task reported there
 * @param pairs one per fetch between two different nodes
 * @param resolved node ID → how many task addresses the service's name resolved to there
 * @param error why the probe as a whole could not run; null when it ran
 */
public record OverlayOutcome(List<String> probed, Map<String, String> notRun, List<Pair> pairs,
                             Map<String, Integer> resolved, String error) {

    /** {@code to} is a node ID, or the task address when no task of that address was known. */
    public record Pair(String from, String to, boolean ok) {
    }

    static OverlayOutcome failed(String error) {
        return new OverlayOutcome(List.of(), Map.of(), List.of(), Map.of(), error);
    }
}
