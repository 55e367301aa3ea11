package dev.berth.swarm.convert;

import dev.berth.compose.model.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The service keys the model keeps untyped ({@code Service.otherKeys}) that Swarm can honour
 * nevertheless: {@code restart} and {@code group_add}. Every other one is a warning.
 */
final class OtherKeys {

    static final String RESTART = "restart";
    static final String GROUP_ADD = "group_add";
    static final Set<String> HONOURED = Set.of(RESTART, GROUP_ADD);

    private OtherKeys() {
    }

    /** A scalar as text; null for a mapping, a sequence or null. */
    static String text(Value value) {
        if (value instanceof Value.StringValue s) {
            return s.value();
        }
        if (value instanceof Value.IntegerValue i) {
            return Long.toString(i.value());
        }
        if (value instanceof Value.BooleanValue b) {
            return Boolean.toString(b.value());
        }
        if (value instanceof Value.NumberValue n) {
            return Double.toString(n.value());
        }
        return null;
    }

    /** A scalar or a sequence of scalars as texts; null when it is neither. */
    static List<String> texts(Value value) {
        if (value instanceof Value.ListValue list) {
            List<String> out = new ArrayList<>();
            for (Value item : list.items()) {
                String text = text(item);
                if (text == null) {
                    return null;
                }
                out.add(text);
            }
            return out;
        }
        String text = text(value);
        return text == null ? null : List.of(text);
    }
}
