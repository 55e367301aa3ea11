package dev.berth.compose.model;

import java.util.List;
import java.util.Map;

/**
 * An immutable, typed value tree for the Compose keys that Berth keeps but does not act on
 * ({@code privileged}, {@code devices}, {@code x-*} extensions…), so a backend can warn about
 * each by path and nothing is silently dropped. Mappings are sorted by key.
 */
public sealed interface Value {

    record StringValue(String value) implements Value {
        public StringValue {
            java.util.Objects.requireNonNull(value);
        }
    }

    record IntegerValue(long value) implements Value {
    }

    record NumberValue(double value) implements Value {
    }

    record BooleanValue(boolean value) implements Value {
    }

    record NullValue() implements Value {
    }

    record ListValue(List<Value> items) implements Value {
        public ListValue {
            items = List.copyOf(items);
        }
    }

    record MapValue(Map<String, Value> entries) implements Value {
        public MapValue {
            if (entries.values().stream().anyMatch(java.util.Objects::isNull)) {
                throw new NullPointerException("a MapValue holds NullValue, never null");
            }
            entries = Frozen.sorted(entries);
        }
    }

    Value NULL = new NullValue();

    static Value of(String value) {
        return new StringValue(value);
    }

    static Value of(long value) {
        return new IntegerValue(value);
    }

    static Value of(boolean value) {
        return new BooleanValue(value);
    }
}
