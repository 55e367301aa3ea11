package dev.berth.engine.ports;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The label on a service that records which port each of its requests got
 * ({@code 8080:80/tcp=30001,9090:90/udp=9090}), so that a re-up keeps its ports.
 */
public final class PortLabel {

    private PortLabel() {
    }

    /** Sorted, so that the same ports always give the same label (and spec hash). */
    public static String format(Map<PortRequest, Integer> ports) {
        return ports.entrySet().stream().map(e -> e.getKey().key() + "=" + e.getValue()).sorted()
                .collect(java.util.stream.Collectors.joining(","));
    }

    /** The requests of {@code service} in the label; entries that do not read are skipped (a label is no input). */
    public static Map<PortRequest, Integer> parse(String service, String label) {
        Map<PortRequest, Integer> out = new LinkedHashMap<>();
        if (label == null || label.isBlank()) {
            return out;
        }
        for (String entry : label.split(",")) {
            try {
                int eq = entry.indexOf('=');
                int colon = entry.indexOf(':');
                int slash = entry.indexOf('/');
                if (eq < 0 || colon < 0 || slash < colon || eq < slash) {
                    continue;
                }
                PortRequest r = new PortRequest(service, Integer.parseInt(entry.substring(0, colon)),
                        Integer.parseInt(entry.substring(colon + 1, slash)), entry.substring(slash + 1, eq));
                out.put(r, Integer.parseInt(entry.substring(eq + 1)));
            } catch (NumberFormatException e) {
                // a hand-edited label: the port is allocated again
            }
        }
        return out;
    }
}
