package dev.berth.swarm.admission;

import dev.berth.engine.admission.NodeCapacity;
import java.util.List;

/**
 * One node's line of {@code berth cluster top}: its capacity, what its tasks reserve, what its
 * containers use now, and the environments with tasks on it.
 *
 * @param usedNanoCpus CPU the node's running containers use, in billionths of a CPU; null when its engine is not reachable
 * @param usedMemory memory they use, without page cache; null when its engine is not reachable
 */
public record NodeTop(NodeCapacity node, long reservedNanoCpus, long reservedMemory, Long usedNanoCpus,
                      Long usedMemory, List<String> environments) {

    public NodeTop {
        environments = List.copyOf(environments);
    }
}
