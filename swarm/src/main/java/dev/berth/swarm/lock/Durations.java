package dev.berth.swarm.lock;

import java.time.Duration;

/** Durations as Berth's flags take them: {@code 2m}, {@code 1h30m}, {@code 45s}. */
final class Durations {

    private Durations() {
    }

    static String text(Duration d) {
        long s = d.toSeconds();
        if (s == 0) {
            return d.toMillis() + "ms";
        }
        StringBuilder out = new StringBuilder();
        if (s >= 3600) {
            out.append(s / 3600).append('h');
        }
        if (s % 3600 >= 60) {
            out.append(s % 3600 / 60).append('m');
        }
        if (s % 60 > 0) {
            out.append(s % 60).append('s');
        }
        return out.toString();
    }
}
