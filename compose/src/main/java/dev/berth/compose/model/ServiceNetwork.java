package dev.berth.compose.model;

import java.util.List;
import java.util.Map;

/**
 * How a service attaches to one network; all parts optional.
 */
public record ServiceNetwork(
        List<String> aliases,
        String ipv4Address,
        String ipv6Address,
        List<String> linkLocalIps,
        String macAddress,
        Map<String, String> driverOpts,
        Long priority,
        Long gwPriority,
        String interfaceName,
        Extensions extensions) {

    public ServiceNetwork {
        aliases = Frozen.list(aliases);
        linkLocalIps = Frozen.list(linkLocalIps);
        driverOpts = Frozen.sorted(driverOpts);
        extensions = extensions == null ? Extensions.EMPTY : extensions;
    }

    /** An attachment with nothing set, written {@code null} as {@code docker compose config} does. */
    public static final ServiceNetwork EMPTY = new ServiceNetwork(null, null, null, null, null, null, null, null, null, null);

    public boolean isEmpty() {
        return equals(EMPTY);
    }
}
