package dev.berth.engine.plan;

import java.util.List;

/** What the plan does to one resource; {@code changedFields} says why an update is needed. */
public record Change(Action action, ResourceKind kind, String name, List<String> changedFields) {

    public enum Action { CREATE, UPDATE, REMOVE, KEEP }

    public Change {
        changedFields = List.copyOf(changedFields);
    }
}
