package dev.berth.app;

import java.time.Duration;
import java.time.Instant;

/** "3 minutes ago", as docker prints ages. */
final class Ages {

    private Ages() {
    }

    static String since(Instant then, Instant now) {
        if (then == null) {
            return "";
        }
        Duration d = Duration.between(then, now);
        if (d.toSeconds() < 60) {
            return d.toSeconds() + " seconds ago";
        }
        if (d.toMinutes() < 60) {
            return d.toMinutes() + " minutes ago";
        }
        if (d.toHours() < 48) {
            return d.toHours() + " hours ago";
        }
        return d.toDays() + " days ago";
    }

    /** An expiry as {@code berth ls} shows it: "in 3h", "expired 10m ago", "never". */
    static String until(Instant expires, Instant now) {
        if (expires == null) {
            return "never";
        }
        Duration d = Duration.between(now, expires);
        return d.isNegative() || d.isZero() ? "expired " + compact(d.negated()) + " ago" : "in " + compact(d);
    }

    private static String compact(Duration d) {
        if (d.toSeconds() < 60) {
            return d.toSeconds() + "s";
        }
        if (d.toMinutes() < 60) {
            return d.toMinutes() + "m";
        }
        if (d.toHours() < 48) {
            long minutes = d.toMinutesPart();
            return d.toHours() + "h" + (d.toHours() < 10 && minutes > 0 ? minutes + "m" : "");
        }
        return d.toDays() + "d";
    }
}
