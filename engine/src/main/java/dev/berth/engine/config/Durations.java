package dev.berth.engine.config;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as docker writes them: {@code 90s}, {@code 10m}, {@code 1h30m}, {@code 8h}, {@code 7d}. */
public final class Durations {

    private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    private Durations() {
    }

    /** {@code 0} is zero; otherwise parts such as {@code 1h30m}; an IllegalArgumentException says what was expected. */
    public static Duration parse(String text) {
        if (text.equals("0")) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        Matcher m = PART.matcher(text);
        int end = 0;
        while (m.find() && m.start() == end) {
            long n = Long.parseLong(m.group(1));
            total = total.plus(switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            });
            end = m.end();
        }
        if (end != text.length() || text.isEmpty()) {
            throw new IllegalArgumentException("expected a duration such as 90s, 8h or 7d, found " + text);
        }
        return total;
    }
}
