package dev.berth.compose.model;

import java.util.List;

/**
 * A resource limit or reservation: cpus as a fraction of cores, memory in bytes.
 */
public record Resource(
        Double cpus,
        Long memory,
        Long pids,
        List<DeviceRequest> devices,
        List<GenericResource> genericResources,
        Extensions extensions) {

    public Resource {
        devices = Frozen.list(devices);
        genericResources = Frozen.list(genericResources);
        extensions = extensions == null ? Extensions.EMPTY : extensions;
    }
}
