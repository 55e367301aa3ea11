package dev.berth.compose.model;

import java.util.List;
import java.util.Map;

/**
 * A reserved device (a GPU…); {@code count} is -1 for "all".
 */
public record DeviceRequest(
        List<String> capabilities,
        String driver,
        Long count,
        List<String> deviceIds,
        Map<String, String> options,
        Extensions extensions) {

    public DeviceRequest {
        capabilities = Frozen.list(capabilities);
        deviceIds = Frozen.list(deviceIds);
        options = Frozen.sorted(options);
        extensions = extensions == null ? Extensions.EMPTY : extensions;
    }
}
