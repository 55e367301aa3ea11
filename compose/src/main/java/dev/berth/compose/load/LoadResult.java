package dev.berth.compose.load;

import dev.berth.compose.model.Project;
import dev.berth.compose.problem.Problem;
import java.util.List;

/** A loaded project and the notices that did not stop the load (an obsolete version, for one). */
public record LoadResult(Project project, List<Problem> warnings) {

    public LoadResult {
        warnings = List.copyOf(warnings);
    }
}
