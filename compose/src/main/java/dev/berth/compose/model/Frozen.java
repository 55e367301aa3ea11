package dev.berth.compose.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Unmodifiable copies for the records' components. A null collection becomes an empty one, so
 * readers never test for null; the maps allow null values because {@code environment: {A: }}
 * means "take A from the environment at run time", which differs from an empty string.
 */
final class Frozen {

    private Frozen() {
    }

    static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : List.copyOf(items);
    }

    /** A copy that keeps the given order and allows null values. */
    static <V> Map<String, V> ordered(Map<String, V> map) {
        return map == null || map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** A copy sorted by key; allows null values. */
    static <V> Map<String, V> sorted(Map<String, V> map) {
        return map == null || map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(map));
    }

    /** A sorted copy whose values are themselves unmodifiable lists. */
    static Map<String, List<String>> sortedLists(Map<String, List<String>> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        TreeMap<String, List<String>> copy = new TreeMap<>();
        map.forEach((k, v) -> copy.put(k, List.copyOf(new ArrayList<>(v))));
        return Collections.unmodifiableMap(copy);
    }

    /** Null stays null: for command and entrypoint, absent and empty mean different things. */
    static <T> List<T> nullableList(List<T> items) {
        return items == null ? null : List.copyOf(items);
    }
}
