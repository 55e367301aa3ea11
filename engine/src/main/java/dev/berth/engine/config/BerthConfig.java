package dev.berth.engine.config;

import java.nio.file.Path;

/**
 * Berth's own settings, from one YAML file (see {@link ConfigFile}): address pools, port
 * ranges, admission defaults, lifetimes, garbage collection, building and the server. Every
 * section has defaults, so no file at all is a valid configuration.
 *
 * @param source the file read; null when none was found and defaults apply
 */
public record BerthConfig(Path source, ClusterSettings cluster, NetworkSettings network, PortSettings ports,
                          AdmissionSettings admission, EnvironmentSettings environments, GcSettings gc,
                          BuildSettings build, ServerSettings server) {

    public static BerthConfig defaults() {
        return new BerthConfig(null, ClusterSettings.defaults(), NetworkSettings.defaults(), PortSettings.defaults(),
                AdmissionSettings.defaults(), EnvironmentSettings.defaults(), GcSettings.defaults(),
                BuildSettings.defaults(), ServerSettings.defaults());
    }

    static BerthConfig read(Path source, ConfigValues root) {
        return new BerthConfig(source,
                ClusterSettings.read(root.section("cluster")),
                NetworkSettings.read(root.section("network")),
                PortSettings.read(root.section("ports")),
                AdmissionSettings.read(root.section("admission")),
                EnvironmentSettings.read(root.section("environments")),
                GcSettings.read(root.section("gc")),
                BuildSettings.read(root.section("build")),
                ServerSettings.read(root.section("server")));
    }
}
