package dev.berth.compose.bind;

import dev.berth.compose.problem.Problems;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.Path;
import dev.berth.compose.tree.ScalarKind;
import dev.berth.compose.tree.ScalarNode;
import java.time.Duration;
import java.util.Locale;

/**
 * Converts scalar nodes to Java values, reporting a problem (and returning null) when a node
 * does not fit. Interpolation turns every substituted value into a string, so a string that
 * spells a number or a boolean is accepted where one is expected, as {@code docker compose} does.
 */
final class Scalars {

    private final Problems problems;

    Scalars(Problems problems) {
        this.problems = problems;
    }

    Problems problems() {
        return problems;
    }

    void report(Node node, Path path, String message) {
        problems.add(node.position(), path.toString(), message);
    }

    /** Any non-null scalar as its text; numbers and booleans keep the spelling they were written in. */
    String text(Node node, Path path) {
        if (node instanceof ScalarNode s && !s.isNull()) {
            return s.text();
        }
        report(node, path, "expected a string, found " + node.describe());
        return null;
    }

    /** Text, or null for a null scalar (an environment value to be taken from the environment). */
    String textOrNull(Node node, Path path) {
        return node instanceof ScalarNode s && s.isNull() ? null : text(node, path);
    }

    Long integer(Node node, Path path) {
        if (node instanceof ScalarNode s && (s.kind() == ScalarKind.INT || s.kind() == ScalarKind.STRING)) {
            Long value = parseInteger(s.text().trim());
            if (value != null) {
                return value;
            }
        }
        report(node, path, "expected an integer, found " + describe(node));
        return null;
    }

    Double number(Node node, Path path) {
        if (node instanceof ScalarNode s && s.kind() != ScalarKind.BOOL && s.kind() != ScalarKind.NULL) {
            Long asInteger = parseInteger(s.text().trim());
            if (asInteger != null) {
                return asInteger.doubleValue();
            }
            try {
                double value = Double.parseDouble(s.text().trim());
                if (Double.isFinite(value)) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        report(node, path, "expected a number, found " + describe(node));
        return null;
    }

    Boolean bool(Node node, Path path) {
        if (node instanceof ScalarNode s && (s.kind() == ScalarKind.BOOL || s.kind() == ScalarKind.STRING)) {
            switch (s.text().trim().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y", "on":
                    return true;
                case "false", "no", "n", "off":
                    return false;
                default:
                    break;
            }
        }
        report(node, path, "expected a boolean, found " + describe(node));
        return null;
    }

    Duration duration(Node node, Path path) {
        String text = text(node, path);
        if (text == null) {
            return null;
        }
        try {
            return DurationSyntax.parse(text);
        } catch (IllegalArgumentException e) {
            report(node, path, e.getMessage());
            return null;
        }
    }

    Long bytes(Node node, Path path) {
        String text = text(node, path);
        if (text == null) {
            return null;
        }
        try {
            return ByteSizeSyntax.parse(text);
        } catch (IllegalArgumentException e) {
            report(node, path, e.getMessage());
            return null;
        }
    }

    /** A YAML 1.2 core integer: decimal, {@code 0o} octal or {@code 0x} hexadecimal, with an optional sign. */
    static Long parseInteger(String text) {
        if (text.isEmpty()) {
            return null;
        }
        boolean negative = text.startsWith("-");
        String digits = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        int radix = 10;
        if (digits.startsWith("0o")) {
            radix = 8;
            digits = digits.substring(2);
        } else if (digits.startsWith("0x")) {
            radix = 16;
            digits = digits.substring(2);
        }
        if (digits.isEmpty() || !digits.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return null;
        }
        try {
            long value = Long.parseLong(digits, radix);
            return negative ? -value : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String describe(Node node) {
        return node instanceof ScalarNode s && !s.isNull() ? node.describe() + " \"" + s.text() + "\"" : node.describe();
    }
}
