package dev.berth.compose.model;

import dev.berth.compose.problem.Position;
import java.util.Map;

/**
 * The {@code x-*} keys of one object, sorted by key; Berth keeps them for tools that read them.
 * {@code positions} tells where each node of them was written, keyed by its dotted path from the
 * project's root ({@code services.web.x-berth-artifacts.app.jar}), so that a tool that checks
 * an extension can name file, line and column. Positions are not part of equality: the same
 * project loaded from other files is the same project.
 */
public record Extensions(Map<String, Value> values, Map<String, Position> positions) {

    public static final Extensions EMPTY = new Extensions(Map.of());

    public Extensions {
        values = Frozen.sorted(values);
        positions = positions == null ? Map.of() : Map.copyOf(positions);
    }

    public Extensions(Map<String, Value> values) {
        this(values, Map.of());
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public Value get(String key) {
        return values.get(key);
    }

    /** Where the node at this dotted path was written; {@link Position#NONE} when unknown. */
    public Position position(String path) {
        return positions.getOrDefault(path, Position.NONE);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Extensions other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Extensions" + values;
    }
}
