package dev.berth.compose.model;

import java.util.Map;

/**
 * A top-level network; {@code name} is the name on the engine, never null.
 */
public record Network(
        String name,
        String driver,
        Map<String, String> driverOpts,
        boolean attachable,
        boolean internal,
        Ipam ipam,
        boolean external,
        Map<String, String> labels,
        Boolean enableIpv4,
        Boolean enableIpv6,
        Extensions extensions) {

    public Network {
        driverOpts = Frozen.sorted(driverOpts);
        labels = Frozen.sorted(labels);
        extensions = extensions == null ? Extensions.EMPTY : extensions;
    }
}
