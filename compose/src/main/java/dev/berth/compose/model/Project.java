package dev.berth.compose.model;

import java.util.Map;

/**
 * A loaded Compose project: every file merged, interpolated, validated and normalised to the
 * long syntax with the specification's defaults filled in. Maps are sorted by key.
 */
public record Project(
        String name,
        Map<String, Service> services,
        Map<String, Network> networks,
        Map<String, Volume> volumes,
        Map<String, Config> configs,
        Map<String, Secret> secrets,
        Extensions extensions) {

    public Project {
        services = Frozen.sorted(services);
        networks = Frozen.sorted(networks);
        volumes = Frozen.sorted(volumes);
        configs = Frozen.sorted(configs);
        secrets = Frozen.sorted(secrets);
        extensions = extensions == null ? Extensions.EMPTY : extensions;
    }

    /** The same project with other services (images made, build steps left out). */
    public Project withServices(Map<String, Service> replaced) {
        return new Project(name, replaced, networks, volumes, configs, secrets, extensions);
    }
}
