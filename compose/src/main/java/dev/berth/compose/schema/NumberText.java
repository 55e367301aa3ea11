package dev.berth.compose.schema;

import dev.berth.compose.tree.ScalarKind;
import dev.berth.compose.tree.ScalarNode;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads integers, numbers and booleans from scalars, whether YAML resolved them or they are
 * strings that interpolation produced. Booleans take what compose accepts for interpolated
 * values: true/false and the YAML 1.1 words yes/no/on/off/y/n, in any case.
 */
final class NumberText {

    private static final Pattern DECIMAL_INTEGER = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern DECIMAL_NUMBER =
            Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");

    private NumberText() {
    }

    /** The integer a scalar stands for; empty when it is no integer (or beyond 64 bits). */
    static Optional<Long> integer(ScalarNode scalar) {
        String text = scalar.text().trim();
        try {
            if (scalar.kind() == ScalarKind.INT) {
                return Optional.of(yamlInteger(text));
            }
            if (scalar.kind() == ScalarKind.STRING && DECIMAL_INTEGER.matcher(text).matches()) {
                return Optional.of(Long.parseLong(text));
            }
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The number a scalar stands for: an integer, a float, or a string that reads as either. */
    static Optional<BigDecimal> number(ScalarNode scalar) {
        String text = scalar.text().trim();
        if (scalar.kind() == ScalarKind.INT) {
            return integer(scalar).map(BigDecimal::valueOf);
        }
        if ((scalar.kind() == ScalarKind.FLOAT || scalar.kind() == ScalarKind.STRING)
                && DECIMAL_NUMBER.matcher(text).matches()) {
            return Optional.of(new BigDecimal(text));
        }
        return Optional.empty();
    }

    static boolean isBoolean(ScalarNode scalar) {
        if (scalar.kind() == ScalarKind.BOOL) {
            return true;
        }
        return scalar.kind() == ScalarKind.STRING && switch (scalar.text().toLowerCase(Locale.ROOT)) {
            case "true", "false", "yes", "no", "on", "off", "y", "n" -> true;
            default -> false;
        };
    }

    /** YAML 1.2 core integers: decimal, 0o octal, 0x hexadecimal. */
    private static long yamlInteger(String text) {
        boolean negative = text.startsWith("-");
        String digits = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        long value;
        if (digits.startsWith("0x")) {
            value = Long.parseLong(digits.substring(2), 16);
        } else if (digits.startsWith("0o")) {
            value = Long.parseLong(digits.substring(2), 8);
        } else {
            value = Long.parseLong(digits);
        }
        return negative ? -value : value;
    }
}
