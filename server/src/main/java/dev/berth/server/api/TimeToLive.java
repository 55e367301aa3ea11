package dev.berth.server.api;

import dev.berth.engine.config.Durations;
import java.time.Duration;

/**
 * {@code "ttl": "8h"} or {@code "by": "4h"}: a duration as the command line and the configuration
 * file read it ({@code 90m}, {@code 1h30m}, {@code 2d}); a ttl of {@code 0} means no expiry.
 */
final class TimeToLive {

    private TimeToLive() {
    }

    /** {@code "ttl"}: zero is allowed and means the environment never expires. */
    static Duration ttl(String text) {
        return parse("ttl", text, true);
    }

    /** {@code "by"} of extend: a positive duration. */
    static Duration extension(String text) {
        return parse("by", text, false);
    }

    private static Duration parse(String field, String text, boolean zeroAllowed) {
        Duration d;
        try {
            d = Durations.parse(text.trim());
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("duration ")) {
                throw ApiException.badRequest(field + " " + e.getMessage()); // too long
            }
            d = null;
        }
        if (d == null || (!zeroAllowed && d.isZero())) {
            throw ApiException.badRequest(field + " \"" + text + "\" is invalid: expected a " + (zeroAllowed ? "" : "positive ")
                    + "duration such as 90m, 8h, 1h30m or 2d" + (zeroAllowed ? ", or 0 for no expiry" : ""));
        }
        return d;
    }
}
