package dev.berth.engine.config;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as docker writes them: {@code 90s}, {@code 10m}, {@code 1h30m}, {@code 8h}, {@code 7d}. */
public final class Durations {

    private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    /** The longest duration taken: a hundred years, far below what a time stamp plus it can hold. */
    public static final Duration MAX = Duration.ofDays(36_500);

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
            try {
                long n = Long.parseLong(m.group(1));
                total = total.plus(switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                });
            } catch (ArithmeticException | NumberFormatException e) {
                total = MAX.plusDays(1);
            }
            end = m.end();
        }
        if (end != text.length() || text.isEmpty()) {
            throw new IllegalArgumentException("expected a duration such as 90s, 8h or 7d, found " + text);
        }
        if (total.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("duration " + text + " is too long: at most 36500d (a hundred years)");
        }
        return total;
    }
}
