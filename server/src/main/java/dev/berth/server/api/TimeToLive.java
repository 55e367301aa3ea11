package dev.berth.server.api;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code "ttl": "8h"} or {@code "by": "4h"}: a number and a unit, m, h or d. */
final class TimeToLive {

    private static final Pattern SYNTAX = Pattern.compile("(\\d{1,5})([mhd])");

    private TimeToLive() {
    }

    /** {@code field}: the body's field, named in the error. */
    static Duration parse(String field, String text) {
        Matcher m = SYNTAX.matcher(text.trim());
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw ApiException.badRequest(field + " \"" + text + "\" is invalid: expected a positive number with m, h or d,"
                    + " such as 90m, 8h or 2d");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }
}
