package dev.berth.swarm.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A spec's canonical JSON as dotted paths to scalar text ({@code TaskTemplate.ContainerSpec.Env.0}
 * → {@code A=1}), so that a plan can name the fields that changed. An empty object, such as
 * {@code Mode.Global}, is written {@code {}}.
 */
public final class Flatten {

    private Flatten() {
    }

    public static SortedMap<String, String> of(Object spec) {
        SortedMap<String, String> out = new TreeMap<>();
        walk("", SpecJson.canonical(spec), out);
        return out;
    }

    private static void walk(String path, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            if (node.isEmpty() && !path.isEmpty()) {
                out.put(path, "{}");
            }
            node.fields().forEachRemaining(e -> walk(join(path, e.getKey()), e.getValue(), out));
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                out.put(path, "[]");
            }
            for (int i = 0; i < node.size(); i++) {
                walk(join(path, Integer.toString(i)), node.get(i), out);
            }
        } else if (!node.isNull()) {
            out.put(path, node.asText());
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
