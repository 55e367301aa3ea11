package dev.berth.engine.admission;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One placement constraint, {@code key==value} or {@code key!=value}, matched against a node as
 * Swarm does: keys and values compared without case, label names with case; a missing label
 * is the empty string; an unknown key matches no node.
 */
record Constraint(String text, String key, boolean equal, String value) {

    static final String NODE_LABEL = "node.labels.";
    static final String ENGINE_LABEL = "engine.labels.";
    private static final Pattern KEY = Pattern.compile("(?i)^[a-z_][a-z0-9\\-_.]+$");
    private static final Pattern VALUE = Pattern.compile("(?i)^[a-z0-9:\\-_\\s.*()?+\\[\\]\\\\^$|/]+$");

    /** The constraints, or an exception naming the first one Swarm would refuse. */
    static List<Constraint> parse(List<String> texts) {
        List<Constraint> out = new ArrayList<>();
        for (String text : texts) {
            String op = text.contains("==") ? "==" : text.contains("!=") ? "!=" : null;
            if (op == null) {
                throw new IllegalArgumentException("constraint " + text + " has neither == nor !=");
            }
            int at = text.indexOf(op);
            String key = text.substring(0, at).trim();
            String value = text.substring(at + 2).trim();
            if (!KEY.matcher(key).matches() || !VALUE.matcher(value).matches()) {
                throw new IllegalArgumentException("constraint " + text + " is not valid");
            }
            out.add(new Constraint(text.trim(), key, op.equals("=="), value));
        }
        return out;
    }

    boolean matches(NodeCapacity node) {
        String k = key.toLowerCase(Locale.ROOT);
        String actual;
        if (k.equals("node.id")) {
            actual = node.id();
        } else if (k.equals("node.hostname")) {
            actual = node.hostname();
        } else if (k.equals("node.role")) {
            actual = node.role();
        } else if (k.equals("node.platform.os")) {
            actual = node.os();
        } else if (k.equals("node.platform.arch")) {
            actual = node.arch();
        } else if (k.startsWith(NODE_LABEL) && k.length() > NODE_LABEL.length()) {
            actual = node.labels().getOrDefault(key.substring(NODE_LABEL.length()), "");
        } else if (k.startsWith(ENGINE_LABEL) && k.length() > ENGINE_LABEL.length()) {
            actual = node.engineLabels().getOrDefault(key.substring(ENGINE_LABEL.length()), "");
        } else {
            return false;
        }
        return value.equalsIgnoreCase(actual) == equal;
    }

    static boolean all(List<Constraint> constraints, NodeCapacity node) {
        return constraints.stream().allMatch(c -> c.matches(node));
    }
}
