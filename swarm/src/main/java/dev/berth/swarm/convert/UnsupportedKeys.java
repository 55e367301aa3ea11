package dev.berth.swarm.convert;

import dev.berth.compose.model.Service;
import java.util.Map;

/**
 * What a service asks for that Docker Swarm cannot do, each a warning by compose path: the keys
 * the model keeps untyped (but for {@link OtherKeys#HONOURED}) and a few typed ones. Where
 * {@code deploy} has a way to the same end, the warning says so.
 */
final class UnsupportedKeys {

    private static final Map<String, String> HINTS = Map.ofEntries(
            Map.entry("container_name",
                    "Swarm names a service's tasks itself; services reach each other by their compose names"),
            Map.entry("links", "services reach each other by their compose names"),
            Map.entry("external_links", "join the other project's network as an external network"),
            Map.entry("mem_limit", "set deploy.resources.limits.memory"),
            Map.entry("memswap_limit", "set deploy.resources.limits.memory"),
            Map.entry("mem_reservation", "set deploy.resources.reservations.memory"),
            Map.entry("cpus", "set deploy.resources.limits.cpus"),
            Map.entry("cpu_quota", "set deploy.resources.limits.cpus"),
            Map.entry("cpu_shares", "set deploy.resources.reservations.cpus"),
            Map.entry("pids_limit", "set deploy.resources.limits.pids"),
            Map.entry("volumes_from", "mount the same named volume in each service"),
            Map.entry("volume_driver", "set the driver of the top-level volume"),
            Map.entry("network_mode", "join networks instead"));

    private UnsupportedKeys() {
    }

    static void check(Conversion c, String key, Service s) {
        String path = "services." + key;
        s.otherKeys().forEach((name, value) -> {
            if (!OtherKeys.HONOURED.contains(name)) {
                String hint = HINTS.containsKey(name) ? " (" + HINTS.get(name) + ")" : "";
                c.warn(path + "." + name, "Docker Swarm cannot set " + name + "; ignored" + hint);
            }
        });
        if (s.image() == null && s.build() != null) {
            c.warn(path + ".build", "Docker Swarm cannot build images and the service names no image; set image: so"
                    + " that the built image can be deployed");
        } else if (s.image() == null) {
            c.warn(path, "the service names no image");
        }
        if (s.domainname() != null) {
            c.warn(path + ".domainname", "Docker Swarm cannot set domainname; ignored");
        }
        if (!s.envFiles().isEmpty()) {
            c.warn(path + ".env_file", "was not read into environment when the project was loaded; ignored");
        }
        if (s.logging() != null && s.logging().driver() == null && !s.logging().options().isEmpty()) {
            c.warn(path + ".logging.options", "Docker Swarm takes log options only with a driver; ignored");
        }
    }
}
