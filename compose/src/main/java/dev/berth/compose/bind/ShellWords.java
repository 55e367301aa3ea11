package dev.berth.compose.bind;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command string into words the way {@code docker compose} does (shell quoting and
 * backslash escapes, no expansion). Compose silently drops everything after an unquoted shell
 * operator such as {@code |} or {@code &&}; Berth refuses it instead, since no shell runs it.
 */
final class ShellWords {

    private ShellWords() {
    }

    static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        boolean single = false;
        boolean dbl = false;
        boolean escaped = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (escaped) {
                word.append(c);
                escaped = false;
                inWord = true;
            } else if (c == '\\' && !single) {
                escaped = true;
            } else if (c == '\'' && !dbl) {
                single = !single;
                inWord = true;
            } else if (c == '"' && !single) {
                dbl = !dbl;
                inWord = true;
            } else if (Character.isWhitespace(c) && !single && !dbl) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else if (";&|<>".indexOf(c) >= 0 && !single && !dbl) {
                throw new IllegalArgumentException("\"" + line + "\" uses the shell operator \"" + c
                        + "\", but a command string is split into words and run without a shell; write it as"
                        + " [\"sh\", \"-c\", \"...\"]");
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (escaped || single || dbl) {
            throw new IllegalArgumentException("\"" + line + "\" has an unclosed " + (escaped ? "backslash escape" : "quote"));
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
