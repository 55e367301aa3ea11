package dev.berth.engine.config;

/**
 * Published ports: the first environment to ask gets the port its files name; later copies get
 * one from {@code first..last}.
 */
public record PortSettings(int first, int last) {

    public static final int DEFAULT_FIRST = 30000;
    public static final int DEFAULT_LAST = 32767;

    static PortSettings defaults() {
        return new PortSettings(DEFAULT_FIRST, DEFAULT_LAST);
    }

    static PortSettings read(ConfigValues v) {
        String range = v.string("range", null);
        if (range == null) {
            return defaults();
        }
        String[] parts = range.trim().split("\\s*-\\s*");
        try {
            int first = Integer.parseInt(parts[0]);
            int last = parts.length == 2 ? Integer.parseInt(parts[1]) : -1;
            if (parts.length == 2 && first >= 1 && first <= last && last <= 65535) {
                return new PortSettings(first, last);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        v.problem("range", "expected a port range FIRST-LAST within 1-65535, such as 30000-32767, found " + range);
        return defaults();
    }
}
