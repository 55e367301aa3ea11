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
}
