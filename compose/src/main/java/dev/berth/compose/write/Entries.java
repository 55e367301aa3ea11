package dev.berth.compose.write;

import dev.berth.compose.model.Extensions;
import dev.berth.compose.model.Value;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Builds one mapping of the canonical output: keys sorted, absent and empty fields left out,
 * every string value escaped so that loading the output again (which interpolates) yields it.
 */
final class Entries {

    private final Map<String, Object> map = new TreeMap<>();

    /** {@code $} starts an interpolation when the output is loaded again; {@code $$} is a literal {@code $}. */
    static String escape(String text) {
        return text.replace("$", "$$");
    }

    Entries text(String key, String value) {
        if (value != null) {
            map.put(key, escape(value));
        }
        return this;
    }

    Entries flag(String key, boolean value) {
        if (value) {
            map.put(key, true);
        }
        return this;
    }

    Entries bool(String key, Boolean value) {
        if (value != null) {
            map.put(key, value);
        }
        return this;
    }

    Entries number(String key, Number value) {
        if (value != null) {
            map.put(key, value);
        }
        return this;
    }

    Entries duration(String key, Duration value) {
        if (value != null) {
            map.put(key, GoDuration.format(value));
        }
        return this;
    }

    Entries texts(String key, List<String> values) {
        if (values != null && !values.isEmpty()) {
            map.put(key, escapeAll(values));
        }
        return this;
    }

    /** A list that may be empty on purpose ({@code command: []} clears the image's command); null is absent. */
    Entries textsOrEmpty(String key, List<String> values) {
        if (values != null) {
            map.put(key, escapeAll(values));
        }
        return this;
    }

    /** A string map; a null value is written as null ("take from the environment"). */
    Entries textMap(String key, Map<String, String> values) {
        if (!values.isEmpty()) {
            Map<String, Object> out = new TreeMap<>();
            values.forEach((k, v) -> out.put(k, v == null ? null : escape(v)));
            map.put(key, out);
        }
        return this;
    }

    /** A nested mapping; written even when empty, because the section was given. */
    Entries mapping(String key, Map<String, Object> value) {
        if (value != null) {
            map.put(key, value);
        }
        return this;
    }

    <T> Entries mapping(String key, T value, Function<T, Map<String, Object>> form) {
        if (value != null) {
            map.put(key, form.apply(value));
        }
        return this;
    }

    <T> Entries list(String key, List<T> items, Function<T, Object> form) {
        if (!items.isEmpty()) {
            List<Object> out = new ArrayList<>();
            items.forEach(i -> out.add(form.apply(i)));
            map.put(key, out);
        }
        return this;
    }

    <T> Entries map(String key, Map<String, T> entries, Function<T, Object> form) {
        if (!entries.isEmpty()) {
            Map<String, Object> out = new TreeMap<>();
            entries.forEach((k, v) -> out.put(k, form.apply(v)));
            map.put(key, out);
        }
        return this;
    }

    Entries values(Map<String, Value> values) {
        values.forEach((k, v) -> map.put(k, plain(v)));
        return this;
    }

    Entries extensions(Extensions extensions) {
        return values(extensions.values());
    }

    Map<String, Object> build() {
        return map;
    }

    static List<String> escapeAll(List<String> values) {
        return values.stream().map(Entries::escape).toList();
    }

    /** A value tree as plain Java objects for the dumpers. */
    static Object plain(Value value) {
        if (value instanceof Value.StringValue s) {
            return escape(s.value());
        }
        if (value instanceof Value.IntegerValue i) {
            return i.value();
        }
        if (value instanceof Value.NumberValue n) {
            return n.value();
        }
        if (value instanceof Value.BooleanValue b) {
            return b.value();
        }
        if (value instanceof Value.ListValue l) {
            List<Object> out = new ArrayList<>();
            l.items().forEach(item -> out.add(plain(item)));
            return out;
        }
        if (value instanceof Value.MapValue m) {
            Map<String, Object> out = new TreeMap<>();
            m.entries().forEach((k, v) -> out.put(k, plain(v)));
            return out;
        }
        return null;
    }
}
