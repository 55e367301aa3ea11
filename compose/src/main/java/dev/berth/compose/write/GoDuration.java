package dev.berth.compose.write;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Formats a duration exactly as Go's {@code time.Duration.String} does ({@code 1m30s},
 * {@code 1h0m0s}, {@code 500ms}, {@code 1.5s}, {@code 0s}), which is how Compose writes durations.
 */
final class GoDuration {

    private GoDuration() {
    }

    static String format(Duration duration) {
        long nanos = duration.toNanos();
        if (nanos == 0) {
            return "0s";
        }
        String sign = nanos < 0 ? "-" : "";
        BigDecimal abs = BigDecimal.valueOf(nanos).abs();
        if (abs.compareTo(BigDecimal.valueOf(1_000_000_000L)) < 0) {
            return sign + small(abs.longValue());
        }
        long total = abs.longValue();
        long hours = total / 3_600_000_000_000L;
        long minutes = total / 60_000_000_000L % 60;
        BigDecimal seconds = BigDecimal.valueOf(total % 60_000_000_000L).movePointLeft(9);
        StringBuilder out = new StringBuilder(sign);
        if (hours > 0) {
            out.append(hours).append('h');
        }
        if (hours > 0 || minutes > 0) {
            out.append(minutes).append('m');
        }
        return out.append(plain(seconds)).append('s').toString();
    }

    /** Below a second Go uses the largest unit that keeps the number at least 1. */
    private static String small(long nanos) {
        if (nanos < 1_000) {
            return nanos + "ns";
        }
        if (nanos < 1_000_000) {
            return plain(BigDecimal.valueOf(nanos).movePointLeft(3)) + "\u00b5s";
        }
        return plain(BigDecimal.valueOf(nanos).movePointLeft(6)) + "ms";
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }
}
