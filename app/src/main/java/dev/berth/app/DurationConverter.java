package dev.berth.app;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Durations as docker writes them: {@code 90s}, {@code 10m}, {@code 1h30m}, {@code 8h}, {@code 2d}. */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

    private static final Pattern PART = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    @Override
    public Duration convert(String value) {
        Duration total = Duration.ZERO;
        Matcher m = PART.matcher(value);
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
        if (end != value.length() || value.isEmpty()) {
            throw new CommandLine.TypeConversionException("expected a duration such as 90s, 10m or 1h30m, found \""
                    + value + "\"");
        }
        return total;
    }
}
