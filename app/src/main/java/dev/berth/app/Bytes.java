package dev.berth.app;

import java.util.Locale;

/** Sizes as docker prints them: decimal units, three significant digits ({@code 2.05MB}). */
final class Bytes {

    private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB"};

    private Bytes() {
    }

    static String text(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < UNITS.length - 1) {
            value /= 1000;
            unit++;
        }
        if (unit == 0) {
            return bytes + "B";
        }
        return String.format(Locale.ROOT, value >= 100 ? "%.0f%s" : value >= 10 ? "%.1f%s" : "%.2f%s", value, UNITS[unit]);
    }
}
