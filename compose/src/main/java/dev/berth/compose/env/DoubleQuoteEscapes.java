package dev.berth.compose.env;

/**
 * The escapes of a double-quoted dotenv value: those of POSIX {@code echo} plus {@code \$}.
 * Anything else after a backslash stays as written, backslash included. A {@code $} that an
 * escape produces is doubled so that the substitution which follows keeps it literal.
 */
final class DoubleQuoteEscapes {

    private DoubleQuoteEscapes() {
    }

    static String unescape(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 == raw.length()) {
                out.append(c);
                i++;
                continue;
            }
            char next = raw.charAt(i + 1);
            String replacement = switch (next) {
                case 'a' -> "\u0007";
                case 'b' -> "\b";
                case 'f' -> "\f";
                case 'n' -> "\n";
                case 'r' -> "\r";
                case 't' -> "\t";
                case 'v' -> "\u000B";
                case '\\' -> "\\";
                case '$' -> "$$";
                case '0' -> octal(raw, i + 2);
                default -> null;
            };
            if (replacement == null) {
                out.append(c);
                i++;
            } else {
                out.append(replacement);
                i += next == '0' ? 5 : 2;
            }
        }
        return out.toString();
    }

    /** {@code \0nnn}: exactly three octal digits, at most 0377; null when they are not there. */
    private static String octal(CharSequence raw, int start) {
        if (start + 3 > raw.length()) {
            return null;
        }
        int value = 0;
        for (int i = start; i < start + 3; i++) {
            char d = raw.charAt(i);
            if (d < '0' || d > '7') {
                return null;
            }
            value = value * 8 + (d - '0');
        }
        if (value > 0377) {
            return null;
        }
        return value == '$' ? "$$" : String.valueOf((char) value);
    }
}
