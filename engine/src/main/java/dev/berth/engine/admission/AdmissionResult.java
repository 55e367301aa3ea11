package dev.berth.engine.admission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of the simulation: where each task would run, and what does not fit. The
 * environment is admitted when nothing is refused.
 *
 * @param after what each node would have left once the environment is deployed
 */
public record AdmissionResult(List<TaskPlacement> placements, List<Refusal> refusals, List<NodeFree> after) {

    public AdmissionResult {
        placements = List.copyOf(placements);
        refusals = List.copyOf(refusals);
        after = List.copyOf(after);
    }

    public boolean fits() {
        return refusals.isEmpty();
    }

    /** Service → the nodes its tasks would run on, one entry per task, in the order of the simulation. */
    public Map<String, List<String>> nodesByService() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        placements.forEach(p -> out.computeIfAbsent(p.service(), k -> new ArrayList<>()).add(p.node()));
        return out;
    }
}
