package dev.berth.engine.plan;

import java.util.Map;
import java.util.TreeMap;

/**
 * One resource as the planner sees it, desired or found on the cluster: its kind, its name on
 * the cluster, the hash of its spec, and its spec flattened to {@code path → value} so that a
 * plan can say which fields changed.
 */
public record Resource(ResourceKind kind, String name, String specHash, Map<String, String> fields) {

    public Resource {
        fields = java.util.Collections.unmodifiableMap(new TreeMap<>(fields));
    }
}
