package dev.berth.swarm.spec;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Unmodifiable copies for the specs' components. An empty collection becomes null, since the
 * JSON omits both alike: a spec read back from its JSON then equals the one written.
 */
final class Copies {

    private Copies() {
    }

    static <T> List<T> list(List<T> items) {
        return items == null || items.isEmpty() ? null : List.copyOf(items);
    }

    static <V> Map<String, V> map(Map<String, V> map) {
        return map == null || map.isEmpty() ? null : Collections.unmodifiableMap(new TreeMap<>(map));
    }
}
