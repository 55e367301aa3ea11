package dev.berth.compose.env;

import dev.berth.compose.interpolate.Interpolation;
import dev.berth.compose.interpolate.InterpolationException;
import dev.berth.compose.problem.Position;
import dev.berth.compose.problem.Problems;
import java.util.Map;
import java.util.function.Function;

/** One pass over a dotenv file, statement by statement, collecting every problem it can. */
final class DotEnvParser {

    private static final String EXPORT = "export";

    private final String file;
    private final String text;
    private final Function<String, String> lookup;
    private final Map<String, String> values;
    private final Problems problems = new Problems();
    private int pos;
    private int line = 1;
    private int lineStart;

    DotEnvParser(String file, String text, Function<String, String> lookup, Map<String, String> values) {
        this.file = file;
        this.text = text;
        this.lookup = lookup;
        this.values = values;
        if (text.startsWith("\uFEFF")) {
            // Editors on Windows like to add a byte order mark; it is not part of the first name.
            pos = 1;
            lineStart = 1;
        }
    }

    void parse() {
        while (skipBlankLinesAndComments()) {
            statement();
        }
        problems.throwIfAny();
    }

    private boolean skipBlankLinesAndComments() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '#') {
                skipRestOfLine();
            } else if (Character.isWhitespace(c)) {
                advance();
            } else {
                return true;
            }
        }
        return false;
    }

    private void statement() {
        skipExport();
        Position keyAt = here();
        int keyStart = pos;
        while (!atEndOfLine() && !isSeparator(text.charAt(pos))) {
            char c = text.charAt(pos);
            if (!isInlineSpace(c) && !isNamePart(c)) {
                problems.add(here(), "", "invalid variable name " + quoted(nameFrom(keyStart))
                        + ": unexpected character " + quoted(String.valueOf(c)));
                skipRestOfLine();
                return;
            }
            advance();
        }
        String key = text.substring(keyStart, pos).strip();
        if (key.chars().anyMatch(Character::isWhitespace)) {
            problems.add(keyAt, "", "invalid variable name " + quoted(key) + ": a name cannot contain spaces");
            skipRestOfLine();
            return;
        }
        if (atEndOfLine()) {
            String inherited = lookup.apply(key);
            if (inherited != null) {
                values.put(key, inherited);
            }
            return;
        }
        if (key.isEmpty()) {
            problems.add(keyAt, "", "a variable name is missing before " + quoted(String.valueOf(text.charAt(pos))));
            skipRestOfLine();
            return;
        }
        advance();
        skipInlineSpaces();
        String value = atQuote() ? quotedValue(key) : unquotedValue(key);
        if (value != null) {
            values.put(key, value);
        }
    }

    /** Skips {@code export} and the spaces after it when a name follows; otherwise it is the name. */
    private void skipExport() {
        if (!text.startsWith(EXPORT, pos)) {
            return;
        }
        int after = pos + EXPORT.length();
        int next = after;
        while (next < text.length() && isInlineSpace(text.charAt(next))) {
            next++;
        }
        if (next > after && next < text.length() && text.charAt(next) != '\n' && !isSeparator(text.charAt(next))) {
            while (pos < next) {
                advance();
            }
        }
    }

    private String unquotedValue(String key) {
        Position at = here();
        int start = pos;
        skipRestOfLine();
        String raw = text.substring(start, pos);
        for (int i = 1; i < raw.length(); i++) {
            if (raw.charAt(i) == '#' && isInlineSpace(raw.charAt(i - 1))) {
                raw = raw.substring(0, i);
                break;
            }
        }
        return expand(raw.strip(), key, at);
    }

    /**
     * Reads up to the matching quote. A backslash escapes the quote character and is kept
     * before any other character, for the double-quote escapes to be read afterwards.
     */
    private String quotedValue(String key) {
        Position at = here();
        char quote = text.charAt(pos);
        advance();
        StringBuilder raw = new StringBuilder();
        boolean escaped = false;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == quote && !escaped) {
                advance();
                checkRestOfLine(key);
                return quote == '\'' ? raw.toString() : expand(DoubleQuoteEscapes.unescape(raw), key, at);
            }
            if (escaped) {
                if (c != quote) {
                    raw.append('\\');
                }
                raw.append(c);
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else {
                raw.append(c);
            }
            advance();
        }
        problems.add(at, key, "unterminated quoted value: no closing " + quote + " before the end of the file");
        return null;
    }

    /** After a closing quote only spaces and a comment may follow on the line. */
    private void checkRestOfLine(String key) {
        skipInlineSpaces();
        if (!atEndOfLine() && text.charAt(pos) != '#') {
            Position at = here();
            int start = pos;
            skipRestOfLine();
            problems.add(at, key, "unexpected text after the closing quote: "
                    + quoted(text.substring(start, pos).strip()));
        }
        skipRestOfLine();
    }

    private String expand(String raw, String key, Position at) {
        try {
            return Interpolation.substitute(raw, this::resolve);
        } catch (InterpolationException e) {
            problems.add(at, key, e.getMessage());
            return null;
        }
    }

    private String resolve(String name) {
        String value = lookup.apply(name);
        return value != null ? value : values.get(name);
    }

    /** The name as written, up to its separator, for a message about it. */
    private String nameFrom(int start) {
        int end = start;
        while (end < text.length() && text.charAt(end) != '\n' && !isSeparator(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end).strip();
    }

    private Position here() {
        return new Position(file, line, pos - lineStart + 1);
    }

    private void advance() {
        if (text.charAt(pos) == '\n') {
            line++;
            lineStart = pos + 1;
        }
        pos++;
    }

    private void skipRestOfLine() {
        while (!atEndOfLine()) {
            advance();
        }
    }

    private void skipInlineSpaces() {
        while (pos < text.length() && isInlineSpace(text.charAt(pos))) {
            advance();
        }
    }

    private boolean atEndOfLine() {
        return pos >= text.length() || text.charAt(pos) == '\n';
    }

    private boolean atQuote() {
        return pos < text.length() && (text.charAt(pos) == '"' || text.charAt(pos) == '\'');
    }

    private static boolean isSeparator(char c) {
        return c == '=' || c == ':';
    }

    private static boolean isInlineSpace(char c) {
        return c != '\n' && Character.isWhitespace(c);
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '[' || c == ']';
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
