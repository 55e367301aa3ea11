package dev.berth.compose.interpolate;

import dev.berth.compose.interpolate.Template.Literal;
import dev.berth.compose.interpolate.Template.Part;
import dev.berth.compose.interpolate.Template.Reference;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Compose interpolation syntax. A {@code $} that starts neither a name, a brace nor
 * a second {@code $} stays literal, as docker compose keeps it ({@code "a $ sign"},
 * {@code "^REGEX$"}). Inside an argument, plain braces nest so that a JSON default such as
 * {@code ${CONF:-{"a":1}}} ends at the brace that closes the reference.
 */
final class TemplateParser {

    private static final Template EMPTY = new Template(List.of());

    private final String text;
    private int pos;

    private TemplateParser(String text) {
        this.text = text;
    }

    static Template parse(String text) {
        return new TemplateParser(text).sequence(false);
    }

    /** Parts up to the end of the text or, inside a reference, up to its closing brace. */
    private Template sequence(boolean inReference) {
        List<Part> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int depth = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '$') {
                dollar(parts, literal);
                continue;
            }
            if (inReference && c == '}') {
                if (depth == 0) {
                    break;
                }
                depth--;
            } else if (inReference && c == '{') {
                depth++;
            }
            literal.append(c);
            pos++;
        }
        flush(parts, literal);
        return new Template(parts);
    }

    private void dollar(List<Part> parts, StringBuilder literal) {
        int start = pos;
        char next = pos + 1 < text.length() ? text.charAt(pos + 1) : 0;
        if (next == '$') {
            literal.append('$');
            pos += 2;
        } else if (isNameStart(next)) {
            flush(parts, literal);
            pos++;
            parts.add(new Reference(name(), Operator.NONE, EMPTY));
        } else if (next == '{') {
            flush(parts, literal);
            parts.add(braced(start));
        } else {
            literal.append('$');
            pos++;
        }
    }

    private Reference braced(int start) {
        pos = start + 2;
        if (pos >= text.length() || !isNameStart(text.charAt(pos))) {
            throw invalid(start);
        }
        String name = name();
        if (pos < text.length() && text.charAt(pos) == '}') {
            pos++;
            return new Reference(name, Operator.NONE, EMPTY);
        }
        boolean colon = pos < text.length() && text.charAt(pos) == ':';
        if (colon) {
            pos++;
        }
        Operator operator = pos < text.length() ? Operator.of(colon, text.charAt(pos)) : null;
        if (operator == null) {
            throw invalid(start);
        }
        pos++;
        Template argument = sequence(true);
        if (pos >= text.length()) {
            throw invalid(start);
        }
        pos++;
        return new Reference(name, operator, argument);
    }

    private String name() {
        int start = pos;
        while (pos < text.length() && isNamePart(text.charAt(pos))) {
            pos++;
        }
        return text.substring(start, pos);
    }

    /** Names the broken reference from its {@code $} to the next closing brace, or to the end. */
    private InterpolationException invalid(int start) {
        int close = text.indexOf('}', pos);
        String reference = text.substring(start, close < 0 ? text.length() : close + 1);
        return new InterpolationException("invalid interpolation format " + quoted(reference)
                + ": you may need to escape any $ with another $");
    }

    private static void flush(List<Part> parts, StringBuilder literal) {
        if (!literal.isEmpty()) {
            parts.add(new Literal(literal.toString()));
            literal.setLength(0);
        }
    }

    private static boolean isNameStart(char c) {
        return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || (c >= '0' && c <= '9');
    }

    private static String quoted(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
