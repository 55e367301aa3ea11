package dev.berth.compose.schema;

import dev.berth.compose.problem.Problem;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Path;
import java.util.List;

/**
 * Structural validation of one compose file, after interpolation and before anything is
 * merged: every key known, every value of the right type and format, and nothing newer than
 * the {@code version: "3.x"} the file declares. Berth's own description of the Compose
 * Specification, written in {@link Schemas}.
 */
public final class ComposeSchema {

    private static final Schema ROOT = TopLevelSchema.root();

    private ComposeSchema() {
    }

    /** All problems of the file, in file order; empty when it is valid. */
    public static List<Problem> validate(MapNode fileRoot) {
        Validation validation = new Validation(FileFormat.of(fileRoot));
        ROOT.check(fileRoot, Path.ROOT, validation);
        return validation.problems();
    }
}
