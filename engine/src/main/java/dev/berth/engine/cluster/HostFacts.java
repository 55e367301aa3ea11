package dev.berth.engine.cluster;

import dev.berth.engine.network.Cidr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one node's host network and disk look like, as read on the node itself: its IPv4
 * addresses, its routes, free disk where the engine keeps containers, and available memory.
 * Sizes are -1 when they could not be read.
 */
public record HostFacts(List<HostAddress> addresses, List<Route> routes, long diskFreeBytes, long diskTotalBytes,
                        long memoryAvailableBytes) {

    public HostFacts {
        addresses = List.copyOf(addresses);
        routes = List.copyOf(routes);
    }

    /** One IPv4 address of an interface. */
    public record HostAddress(String address, int prefix, String device) {
    }

    /** One route of the main table; the default route is not kept (it overlaps everything). */
    public record Route(Cidr destination, String device) {
    }

    /** The shell script whose output {@link #parse} reads; busybox's applets are enough. */
    public static final String SCRIPT = "echo '== addr'; ip -4 -o addr show; echo '== route'; ip -4 route show;"
            + " echo '== df'; df -Pk /; echo '== mem'; grep MemAvailable /proc/meminfo; echo '== end'";

    /** Reads the output of {@link #SCRIPT}. */
    public static HostFacts parse(String output) {
        List<HostAddress> addresses = new ArrayList<>();
        List<Route> routes = new ArrayList<>();
        long free = -1;
        long total = -1;
        long memory = -1;
        String section = "";
        for (String raw : output.split("\n")) {
            String line = raw.strip();
            if (line.startsWith("== ")) {
                section = line.substring(3);
                continue;
            }
            String[] t = line.split("\\s+");
            switch (section) {
                case "addr" -> address(t).ifPresent(addresses::add);
                case "route" -> route(t).ifPresent(routes::add);
                case "df" -> {
                    if (t.length >= 4 && t[1].matches("\\d+") && t[3].matches("\\d+")) {
                        total = Long.parseLong(t[1]) * 1024;
                        free = Long.parseLong(t[3]) * 1024;
                    }
                }
                case "mem" -> {
                    if (t.length >= 2 && t[0].equals("MemAvailable:") && t[1].matches("\\d+")) {
                        memory = Long.parseLong(t[1]) * 1024;
                    }
                }
                default -> {
                }
            }
        }
        return new HostFacts(addresses, routes, free, total, memory);
    }

    // "2: eth0    inet 172.16.213.11/24 scope global eth0\ ..."
    private static Optional<HostAddress> address(String[] t) {
        for (int i = 0; i + 1 < t.length; i++) {
            if (t[i].equals("inet") && i >= 1 && t[i + 1].contains("/")) {
                String device = t[1];
                int at = device.indexOf('@');
                device = at > 0 ? device.substring(0, at) : device;
                String[] ap = t[i + 1].split("/");
                return Optional.of(new HostAddress(ap[0], Integer.parseInt(ap[1]), device));
            }
        }
        return Optional.empty();
    }

    // "172.16.213.0/24 dev eth0 scope link src …", "unreachable 10.9.0.0/16", "default via …"
    private static Optional<Route> route(String[] t) {
        int i = t.length > 1 && List.of("unreachable", "blackhole", "prohibit", "throw", "unicast").contains(t[0]) ? 1 : 0;
        if (t.length <= i || t[i].equals("default") || t[i].isEmpty()) {
            return Optional.empty();
        }
        String dest = t[i].contains("/") ? t[i] : t[i] + "/32";
        if (!Cidr.isIpv4(dest)) {
            return Optional.empty();
        }
        Cidr cidr = Cidr.parse(dest);
        if (cidr.prefix() == 0) {
            return Optional.empty();
        }
        String device = "";
        for (int k = i; k + 1 < t.length; k++) {
            if (t[k].equals("dev")) {
                device = t[k + 1];
            }
        }
        return Optional.of(new Route(cidr, device));
    }
}
