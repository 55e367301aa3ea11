package dev.berth.engine.ports;

import dev.berth.engine.config.PortSettings;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Published ports for one environment. A port the environment already has (read back from its
 * services) stays; a port the files name goes to the first environment that asks for it; a
 * later copy gets the lowest free port of the configured range. Pure: what is taken on the
 * cluster comes in, the caller makes reading and claiming atomic.
 */
public final class PortAllocator {

    private PortAllocator() {
    }

    /**
     * @param wanted the environment's published ports, in the files' order
     * @param previous what the environment's services publish now, by request
     * @param taken every port published on the cluster by anything but this environment, and
     *        those other environments have reserved while they deploy
     */
    public static Map<PortRequest, Integer> allocate(List<PortRequest> wanted, Map<PortRequest, Integer> previous,
                                                     Set<TakenPort> taken, PortSettings range) {
        Set<TakenPort> used = new HashSet<>(taken);
        Map<PortRequest, Integer> out = new LinkedHashMap<>();
        for (PortRequest r : wanted) {
            Integer kept = previous.get(r);
            if (kept != null && used.add(new TakenPort(kept, r.protocol()))) {
                out.put(r, kept);
            }
        }
        for (PortRequest r : wanted) {
            if (out.containsKey(r)) {
                continue;
            }
            if (used.add(new TakenPort(r.published(), r.protocol()))) {
                out.put(r, r.published());
                continue;
            }
            out.put(r, fromRange(r, used, range));
        }
        return out;
    }

    private static int fromRange(PortRequest r, Set<TakenPort> used, PortSettings range) {
        for (int port = range.first(); port <= range.last(); port++) {
            if (used.add(new TakenPort(port, r.protocol()))) {
                return port;
            }
        }
        long inUse = used.stream().filter(t -> t.protocol().equals(r.protocol())
                && t.port() >= range.first() && t.port() <= range.last()).count();
        throw new PortRangeExhaustedException("services." + r.service() + ": port " + r.published() + "/"
                + r.protocol() + " is taken and no port of the range " + range.first() + "-" + range.last()
                + " is free (" + inUse + " in use); widen ports.range in Berth's configuration file or remove"
                + " environments (berth ls, berth down)");
    }

    /** Every port of the range is taken. */
    public static final class PortRangeExhaustedException extends RuntimeException {
        PortRangeExhaustedException(String message) {
            super(message);
        }
    }
}
