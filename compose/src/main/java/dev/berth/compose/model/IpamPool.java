package dev.berth.compose.model;

import java.util.Map;

/**
 * One address pool of a network.
 */
public record IpamPool(
        String subnet,
        String gateway,
        String ipRange,
        Map<String, String> auxAddresses,
        Extensions extensions) {

    public IpamPool {
        auxAddresses = Frozen.sorted(auxAddresses);
        extensions = extensions == null ? Extensions.EMPTY : extensions;
    }
}
