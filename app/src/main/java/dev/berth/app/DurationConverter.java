package dev.berth.app;

import dev.berth.engine.config.Durations;
import java.time.Duration;
import picocli.CommandLine;

/** Durations as docker writes them: {@code 90s}, {@code 10m}, {@code 1h30m}, {@code 8h}, {@code 2d}; {@code 0} is zero. */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        try {
            return Durations.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage().startsWith("duration ") ? e.getMessage()
                    : "expected a duration such as 90s, 10m or 1h30m, found \"" + value + "\"");
        }
    }
}
