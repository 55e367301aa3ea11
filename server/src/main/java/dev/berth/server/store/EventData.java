package dev.berth.server.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * A job event's data as stored: JSON of at most a given length. Cutting the serialised text would
 * leave JSON a replay over server-sent events cannot parse, so the longest texts (a message, a log
 * line) are shortened instead, each marked as cut, until the whole fits.
 */
public final class EventData {

    static final String CUT = " … (cut)";
    private static final int SHORTEST = 200;

    private EventData() {
    }

    /** {@code data} as JSON of at most {@code max} characters (a copy is shortened; {@code data} is left alone). */
    public static String bounded(JsonNode data, int max) {
        String text = data.toString();
        if (text.length() <= max) {
            return text;
        }
        JsonNode copy = data.deepCopy();
        while (text.length() > max) {
            Slot longest = longest(copy, null);
            if (longest == null || longest.length() <= SHORTEST) {
                // Many short texts: keep what says most about the event.
                ObjectNode rest = JsonNodeFactory.instance.objectNode();
                String message = data.path("message").asText("");
                rest.put("message", message.length() > SHORTEST ? message.substring(0, SHORTEST) + CUT : message);
                rest.put("cut", "the event's data held more than " + max + " characters");
                return rest.toString();
            }
            int over = text.length() - max;
            int keep = Math.max(SHORTEST, longest.length() - over - CUT.length());
            String value = longest.value();
            longest.set(value.substring(0, keep) + CUT);
            text = copy.toString();
        }
        return text;
    }

    /** Where a text sits (a field of an object or an element of an array), to replace it. */
    private record Slot(JsonNode parent, String field, int index, String value) {
        int length() {
            return value.length();
        }

        void set(String text) {
            if (parent instanceof ObjectNode o) {
                o.put(field, text);
            } else {
                ((ArrayNode) parent).set(index, JsonNodeFactory.instance.textNode(text));
            }
        }
    }

    private static Slot longest(JsonNode node, Slot best) {
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                best = e.getValue().isTextual() ? better(best, new Slot(o, e.getKey(), -1, e.getValue().asText()))
                        : longest(e.getValue(), best);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                best = a.get(i).isTextual() ? better(best, new Slot(a, null, i, a.get(i).asText()))
                        : longest(a.get(i), best);
            }
        }
        return best;
    }

    private static Slot better(Slot best, Slot candidate) {
        return best == null || candidate.length() > best.length() ? candidate : best;
    }
}
