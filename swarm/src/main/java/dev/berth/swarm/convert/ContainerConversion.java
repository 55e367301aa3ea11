package dev.berth.swarm.convert;

import dev.berth.compose.model.Healthcheck;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.Value;
import dev.berth.swarm.spec.ContainerSpec;
import dev.berth.swarm.spec.DnsConfig;
import dev.berth.swarm.spec.HealthConfig;
import dev.berth.swarm.spec.Ulimit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The container of a service's tasks. As with {@code docker stack deploy}, {@code entrypoint}
 * becomes the Command and {@code command} the Args.
 */
final class ContainerConversion {

    private ContainerConversion() {
    }

    static ContainerSpec container(Conversion c, String key, Service s, FileObjects files) {
        String path = "services." + key;
        return new ContainerSpec(
                s.image(),
                c.merge(path + ".labels", s.labels(), c.scopeLabels()),
                words(c, path + ".entrypoint", s.entrypoint(), "entrypoint"),
                words(c, path + ".command", s.command(), "command"),
                s.hostname(),
                environment(s.environment()),
                s.workingDir(),
                s.user(),
                groups(c, path, s),
                MountConversion.flag(s.tty()),
                MountConversion.flag(s.stdinOpen()),
                MountConversion.flag(s.readOnly()),
                MountConversion.mounts(c, key, s),
                s.stopSignal(),
                DeployConversion.nanos(s.stopGracePeriod()),
                health(c, path + ".healthcheck", s.healthcheck()),
                hosts(s.extraHosts()),
                dns(s),
                files.secretReferences(c, key, s.secrets()),
                files.configReferences(c, key, s.configs()),
                s.init(),
                s.sysctls(),
                capabilities(s.capAdd(), s.capDrop(), true),
                capabilities(s.capAdd(), s.capDrop(), false),
                s.ulimits().entrySet().stream()
                        .map(e -> new Ulimit(e.getKey(), e.getValue().soft(), e.getValue().hard())).toList());
    }

    /** An empty list cannot clear the image's entrypoint or command: Swarm reads it as "not set". */
    private static List<String> words(Conversion c, String path, List<String> words, String what) {
        if (words != null && words.isEmpty()) {
            c.warn(path, "Docker Swarm cannot clear the image's " + what + "; the image's own is used");
        }
        return words;
    }

    /** {@code K=V}, sorted; a variable without a value is unset and left out. */
    private static List<String> environment(Map<String, String> environment) {
        TreeSet<String> env = new TreeSet<>();
        environment.forEach((k, v) -> {
            if (v != null) {
                env.add(k + "=" + v);
            }
        });
        return List.copyOf(env);
    }

    private static List<String> groups(Conversion c, String path, Service s) {
        Value value = s.otherKeys().get(OtherKeys.GROUP_ADD);
        if (value == null || value instanceof Value.NullValue) {
            return null;
        }
        List<String> groups = OtherKeys.texts(value);
        if (groups == null) {
            c.fail(path + "." + OtherKeys.GROUP_ADD, "expected a sequence of group names or ids");
        }
        return groups;
    }

    private static HealthConfig health(Conversion c, String path, Healthcheck h) {
        if (h == null) {
            return null;
        }
        if (h.disable()) {
            return HealthConfig.disabled();
        }
        if (h.test().isEmpty() && h.interval() == null && h.timeout() == null && h.retries() == null
                && h.startPeriod() == null && h.startInterval() == null) {
            return null;
        }
        if (h.startInterval() != null) {
            c.warn(path + ".start_interval", "Engine API 1.41 has no start interval; ignored");
        }
        return new HealthConfig(h.test(), DeployConversion.nanos(h.interval()), DeployConversion.nanos(h.timeout()),
                h.retries(), DeployConversion.nanos(h.startPeriod()));
    }

    /** {@code IP host} lines, as in /etc/hosts. */
    private static List<String> hosts(Map<String, List<String>> extraHosts) {
        List<String> lines = new ArrayList<>();
        extraHosts.forEach((host, ips) -> ips.forEach(ip -> lines.add(ip + " " + host)));
        return lines;
    }

    private static DnsConfig dns(Service s) {
        if (s.dns().isEmpty() && s.dnsSearch().isEmpty() && s.dnsOpt().isEmpty()) {
            return null;
        }
        return new DnsConfig(s.dns(), s.dnsSearch(), s.dnsOpt());
    }

    /**
     * The capabilities to add or to drop, as the docker CLI settles them: upper case with the
     * {@code CAP_} prefix, {@code ALL} standing alone, adding winning over dropping; sorted.
     */
    static List<String> capabilities(List<String> add, List<String> drop, boolean adding) {
        TreeSet<String> added = normalized(add);
        TreeSet<String> dropped = normalized(drop);
        if (adding) {
            return List.copyOf(added);
        }
        dropped.removeAll(added);
        return List.copyOf(dropped);
    }

    private static TreeSet<String> normalized(List<String> capabilities) {
        TreeSet<String> out = new TreeSet<>();
        for (String cap : capabilities) {
            String name = cap.trim().toUpperCase(Locale.ROOT);
            out.add(name.equals("ALL") || name.startsWith("CAP_") ? name : "CAP_" + name);
        }
        return out.contains("ALL") ? new TreeSet<>(List.of("ALL")) : out;
    }
}
