package dev.berth.engine.admission;

/**
 * A service whose tasks do not all fit.
 *
 * @param wanted tasks it runs at once (for a global service: on the nodes that match its constraints)
 * @param placed how many of them fit
 * @param best the node with the most free memory among those the service may use; null when there is none
 * @param why in words, e.g. {@code no node has 2.0 GiB free memory (best: node2, 1.1 GiB)}
 */
public record Refusal(String service, int wanted, int placed, long nanoCpus, long memoryBytes, NodeFree best,
                      String why) {

    /** {@code 2.0 GiB, 0.5 CPU × 3} */
    public String needs() {
        return needs(memoryBytes, nanoCpus, wanted);
    }

    static String needs(long memoryBytes, long nanoCpus, int wanted) {
        return Quantities.memory(memoryBytes) + ", " + Quantities.cpus(nanoCpus) + " × " + wanted;
    }
}
