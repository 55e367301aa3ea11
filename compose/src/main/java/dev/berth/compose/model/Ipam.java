package dev.berth.compose.model;

import java.util.List;
import java.util.Map;

/**
 * IP address management of a network.
 */
public record Ipam(
        String driver,
        List<IpamPool> config,
        Map<String, String> options,
        Extensions extensions) {

    public Ipam {
        config = Frozen.list(config);
        options = Frozen.sorted(options);
        extensions = extensions == null ? Extensions.EMPTY : extensions;
    }
}
