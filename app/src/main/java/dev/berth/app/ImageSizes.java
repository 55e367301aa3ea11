package dev.berth.app;

import java.util.Locale;

/** Image sizes as docker prints them: decimal units, three significant digits. */
final class ImageSizes {

    private ImageSizes() {
    }

    static String format(long bytes) {
        String[] units = {"B", "kB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        String number = unit == 0 ? String.valueOf(bytes)
                : String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f", value);
        return number + units[unit];
    }
}
