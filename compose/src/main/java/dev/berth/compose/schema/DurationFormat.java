package dev.berth.compose.schema;

import java.util.regex.Pattern;

/**
 * Durations as Go's {@code time.ParseDuration} reads them, which is what docker stack deploy
 * and compose accept: a sequence of decimal numbers each with a unit ({@code 1h30m},
 * {@code 1.5s}, {@code 500ms}), or a bare {@code 0}. Negative durations mean nothing in a
 * compose file and are refused.
 */
final class DurationFormat {

    private static final Pattern DURATION =
            Pattern.compile("\\+?(0|(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)");

    private DurationFormat() {
    }

    static boolean isValid(String text) {
        return DURATION.matcher(text).matches();
    }
}
