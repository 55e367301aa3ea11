package dev.berth.engine.artifact;

import dev.berth.compose.model.Extensions;
import dev.berth.compose.model.Value;
import dev.berth.compose.problem.Problems;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed reads of one object's extensions by path relative to that object
 * ({@code x-berth-compile.outputs.app.jar}), reporting a wrong type or key at its position.
 */
final class ExtensionReader {

    private final Extensions extensions;
    private final String base;
    private final Problems problems;

    ExtensionReader(Extensions extensions, String base, Problems problems) {
        this.extensions = extensions;
        this.base = base;
        this.problems = problems;
    }

    boolean has(String key) {
        return extensions.values().containsKey(key);
    }

    void problem(String at, String message) {
        problems.add(extensions.position(base + at), base + at, message);
    }

    /** The mapping at {@code at}, its keys checked against {@code keys} (null: any); null after a problem. */
    Map<String, Value> map(String at, Set<String> keys) {
        Value v = value(at);
        if (v == null || v instanceof Value.NullValue) {
            return Map.of();
        }
        if (!(v instanceof Value.MapValue m)) {
            problem(at, "expected a mapping, found " + describe(v));
            return null;
        }
        if (keys != null) {
            for (String key : m.entries().keySet()) {
                if (!keys.contains(key)) {
                    problem(at + "." + key, "unknown key; expected " + String.join(", ", new TreeSet<>(keys)));
                }
            }
        }
        return m.entries();
    }

    /** The string at {@code at}, or null when absent or after a problem. */
    String string(String at) {
        Value v = value(at);
        if (v == null || v instanceof Value.NullValue) {
            return null;
        }
        if (v instanceof Value.StringValue s) {
            return s.value();
        }
        problem(at, "expected a string, found " + describe(v));
        return null;
    }

    /**
     * Walks from the extension key down; artifact names may hold dots, so each step takes the
     * longest key that matches.
     */
    private Value value(String at) {
        int dot = at.indexOf('.');
        String key = dot < 0 ? at : at.substring(0, dot);
        Value v = extensions.get(key);
        String rest = dot < 0 ? "" : at.substring(dot + 1);
        while (!rest.isEmpty()) {
            if (!(v instanceof Value.MapValue m)) {
                return null;
            }
            String found = null;
            for (String k : m.entries().keySet()) {
                if ((rest.equals(k) || rest.startsWith(k + ".")) && (found == null || k.length() > found.length())) {
                    found = k;
                }
            }
            if (found == null) {
                return null;
            }
            v = m.entries().get(found);
            rest = rest.length() == found.length() ? "" : rest.substring(found.length() + 1);
        }
        return v;
    }

    static String describe(Value v) {
        if (v instanceof Value.StringValue) return "a string";
        if (v instanceof Value.IntegerValue || v instanceof Value.NumberValue) return "a number";
        if (v instanceof Value.BooleanValue) return "a boolean";
        if (v instanceof Value.ListValue) return "a sequence";
        if (v instanceof Value.MapValue) return "a mapping";
        return "null";
    }
}
