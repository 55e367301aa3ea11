package dev.berth.engine.plan;

import dev.berth.engine.EnvironmentName;
import java.util.List;

/**
 * What {@code up} will do, decided before anything is touched: a value that can be printed
 * (dry run), compared and tested. Creation runs networks → configs and secrets → services;
 * removal of what the files no longer name runs in reverse after the services converged.
 */
public record Plan(EnvironmentName environment, List<Change> changes, List<String> notices) {

    public Plan {
        changes = List.copyOf(changes);
        notices = List.copyOf(notices);
    }

    public List<Change> of(Change.Action action) {
        return changes.stream().filter(c -> c.action() == action).toList();
    }

    public List<Change> of(Change.Action action, ResourceKind kind) {
        return changes.stream().filter(c -> c.action() == action && c.kind() == kind).toList();
    }

    public boolean changesNothing() {
        return changes.stream().allMatch(c -> c.action() == Change.Action.KEEP);
    }
}
