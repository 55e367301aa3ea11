package dev.berth.compose.model;

import java.util.Map;

/** The {@code x-*} keys of one object, sorted by key; Berth keeps them for tools that read them. */
public record Extensions(Map<String, Value> values) {

    public static final Extensions EMPTY = new Extensions(Map.of());

    public Extensions {
        values = Frozen.sorted(values);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
