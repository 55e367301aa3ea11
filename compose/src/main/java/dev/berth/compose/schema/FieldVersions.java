package dev.berth.compose.schema;

import dev.berth.compose.tree.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which 3.x compose file format version introduced each key, as {@code docker stack deploy}
 * validates them (docker/cli's per-version schemas). A key of the Compose Specification
 * that matches no pattern here was in no 3.x version. When several patterns match, the
 * earliest version wins: {@code services.*.build.**} opens build to every key in 3.11, but
 * {@code context} was there from 3.0.
 */
final class FieldVersions {

    private record Rule(PathPattern pattern, FormatVersion since) {
    }

    private static final String SERVICE = "services.*.";
    private static final String DEPLOY = SERVICE + "deploy.";
    private static final String LONG_VOLUME = SERVICE + "volumes.*.";
    private static final List<Rule> RULES = new ArrayList<>();

    static {
        since(0, "", "version", "services", "networks", "volumes");
        since(0, SERVICE, "build", "cap_add", "cap_drop", "cgroup_parent", "command", "container_name",
                "depends_on", "deploy", "devices", "dns", "dns_search", "domainname", "entrypoint", "env_file",
                "environment", "expose", "external_links", "extra_hosts", "healthcheck", "hostname", "image",
                "ipc", "labels", "links", "logging", "mac_address", "network_mode", "networks", "pid", "ports",
                "privileged", "read_only", "restart", "security_opt", "shm_size", "stdin_open",
                "stop_grace_period", "stop_signal", "sysctls", "tmpfs", "tty", "ulimits", "user", "userns_mode",
                "volumes", "working_dir");
        since(0, SERVICE + "build.", "context", "dockerfile", "args");
        since(0, SERVICE + "healthcheck.", "disable", "interval", "retries", "test", "timeout");
        since(0, SERVICE + "logging.", "driver", "options");
        since(0, SERVICE + "networks.*.", "aliases", "ipv4_address", "ipv6_address");
        since(0, SERVICE + "ulimits.*.", "soft", "hard");
        since(0, DEPLOY, "mode", "replicas", "labels", "update_config", "resources", "restart_policy", "placement");
        since(0, DEPLOY + "update_config.", "parallelism", "delay", "failure_action", "monitor",
                "max_failure_ratio");
        since(0, DEPLOY + "resources.", "limits", "reservations");
        since(0, DEPLOY + "resources.limits.", "cpus", "memory");
        since(0, DEPLOY + "resources.reservations.", "cpus", "memory");
        since(0, DEPLOY + "restart_policy.", "condition", "delay", "max_attempts", "window");
        since(0, DEPLOY + "placement.", "constraints");
        since(0, "networks.*.", "driver", "driver_opts", "ipam", "external", "internal", "labels");
        since(0, "networks.*.ipam.", "driver", "config");
        since(0, "networks.*.ipam.config.*.", "subnet");
        since(0, "networks.*.external.", "name");
        since(0, "volumes.*.", "driver", "driver_opts", "external", "labels");
        since(0, "volumes.*.external.", "name");

        since(1, "", "secrets");
        since(1, "secrets.*.", "file", "external", "labels");
        since(1, "secrets.*.external.", "name");
        since(1, SERVICE, "secrets");
        since(1, SERVICE + "secrets.*.", "source", "target", "uid", "gid", "mode");

        since(2, DEPLOY, "endpoint_mode");
        since(2, "networks.*.", "attachable");
        since(2, SERVICE + "build.", "cache_from");
        since(2, SERVICE + "ports.*.", "mode", "target", "published", "protocol");
        since(2, LONG_VOLUME, "type", "source", "target", "read_only", "consistency", "bind", "volume");
        since(2, LONG_VOLUME + "bind.", "propagation");
        since(2, LONG_VOLUME + "volume.", "nocopy");

        since(3, "", "configs");
        since(3, "configs.*.", "file", "external", "labels");
        since(3, "configs.*.external.", "name");
        since(3, SERVICE, "configs", "credential_spec");
        since(3, SERVICE + "configs.*.", "source", "target", "uid", "gid", "mode");
        since(3, SERVICE + "credential_spec.", "file", "registry");
        since(3, SERVICE + "build.", "labels");
        since(3, DEPLOY + "placement.", "preferences");
        since(3, DEPLOY + "placement.preferences.*.", "spread");

        since(4, "", "x-*");
        since(4, DEPLOY + "update_config.", "order");
        since(4, SERVICE + "healthcheck.", "start_period");
        since(4, SERVICE + "build.", "network", "target");
        since(4, "volumes.*.", "name");

        since(5, "configs.*.", "name");
        since(5, "networks.*.", "name");
        since(5, "secrets.*.", "name");
        since(5, SERVICE, "isolation");
        since(5, SERVICE + "build.", "shm_size");
        since(5, DEPLOY + "resources.reservations.", "generic_resources");
        since(5, DEPLOY + "resources.reservations.generic_resources.*.", "discrete_resource_spec");
        since(5, DEPLOY + "resources.reservations.generic_resources.*.discrete_resource_spec.", "kind", "value");

        since(6, LONG_VOLUME, "tmpfs");
        since(6, LONG_VOLUME + "tmpfs.", "size");

        since(7, SERVICE, "init", "x-*");
        since(7, DEPLOY, "rollback_config");
        since(7, DEPLOY + "rollback_config.", "parallelism", "delay", "failure_action", "monitor",
                "max_failure_ratio", "order");
        since(7, "networks.*.", "x-*");
        since(7, "volumes.*.", "x-*");
        since(7, "secrets.*.", "x-*");
        since(7, "configs.*.", "x-*");

        since(8, "configs.*.", "template_driver");
        since(8, "secrets.*.", "driver", "driver_opts", "template_driver");
        since(8, DEPLOY + "placement.", "max_replicas_per_node");
        since(8, SERVICE + "credential_spec.", "config");

        since(9, DEPLOY + "resources.limits.", "pids");
        since(9, SERVICE + "build.", "extra_hosts");
        since(9, SERVICE, "cgroupns_mode");

        // 3.11 stopped closing build to unknown keys: from then on anything below build passes.
        since(11, SERVICE + "build.", "**");

        since(12, SERVICE + "healthcheck.", "start_interval");

        since(13, SERVICE, "oom_score_adj");
        since(13, SERVICE + "networks.*.", "driver_opts");
    }

    private FieldVersions() {
    }

    private static void since(int minor, String prefix, String... keys) {
        for (String key : keys) {
            RULES.add(new Rule(PathPattern.of(prefix + key), FormatVersion.v3(minor)));
        }
    }

    /** The version that introduced the key at this path; the specification when no 3.x version had it. */
    static FormatVersion introduced(Path keyPath) {
        FormatVersion earliest = FormatVersion.SPECIFICATION;
        for (Rule rule : RULES) {
            if (rule.since().compareTo(earliest) < 0 && rule.pattern().matches(keyPath)) {
                earliest = rule.since();
            }
        }
        return earliest;
    }
}
