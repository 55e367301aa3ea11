package dev.berth.compose.schema;

import static dev.berth.compose.schema.Formats.byteSize;
import static dev.berth.compose.schema.Formats.byteSizeOrUnlimited;
import static dev.berth.compose.schema.Formats.duration;
import static dev.berth.compose.schema.Formats.exposedPort;
import static dev.berth.compose.schema.Formats.microsecondsOrDuration;
import static dev.berth.compose.schema.Formats.pullPolicy;
import static dev.berth.compose.schema.Formats.restartPolicy;
import static dev.berth.compose.schema.Schemas.anyOf;
import static dev.berth.compose.schema.Schemas.anything;
import static dev.berth.compose.schema.Schemas.atLeast;
import static dev.berth.compose.schema.Schemas.bool;
import static dev.berth.compose.schema.Schemas.command;
import static dev.berth.compose.schema.Schemas.enumOf;
import static dev.berth.compose.schema.Schemas.integer;
import static dev.berth.compose.schema.Schemas.list;
import static dev.berth.compose.schema.Schemas.listOfStrings;
import static dev.berth.compose.schema.Schemas.listOrDict;
import static dev.berth.compose.schema.Schemas.mapOf;
import static dev.berth.compose.schema.Schemas.nonNegativeNumber;
import static dev.berth.compose.schema.Schemas.orNull;
import static dev.berth.compose.schema.Schemas.object;
import static dev.berth.compose.schema.Schemas.string;
import static dev.berth.compose.schema.Schemas.stringOrList;
import static dev.berth.compose.schema.Schemas.stringOrNumber;

/** One service: every key the Compose Specification defines for it, in the specification's order. */
final class ServiceSchema {

    private ServiceSchema() {
    }

    static Schema service() {
        return object()
                .field("annotations", listOrDict())
                .field("attach", bool())
                .field("blkio_config", ResourceSchema.blkioConfig())
                .field("build", BuildSchema.build())
                .field("cap_add", listOfStrings())
                .field("cap_drop", listOfStrings())
                .field("cgroup", enumOf("host", "private"))
                .field("cgroup_parent", string())
                .legacyField("cgroupns_mode", enumOf("host", "private"),
                        "a file without \"version\" uses \"cgroup\"")
                .field("command", command())
                .field("configs", ConfigSecretSchema.references())
                .field("container_name", Schemas.string("[a-zA-Z0-9][a-zA-Z0-9_.-]+",
                        "a container name of letters, digits, \"_\", \".\" and \"-\" starting with a letter or digit"))
                .field("cpu_count", atLeast(0))
                .field("cpu_percent", integer(0, 100))
                .field("cpu_shares", integer())
                .field("cpu_period", integer())
                .field("cpu_quota", integer())
                .field("cpu_rt_runtime", microsecondsOrDuration())
                .field("cpu_rt_period", microsecondsOrDuration())
                .field("cpus", nonNegativeNumber())
                .field("cpuset", string())
                .field("credential_spec", object()
                        .field("config", string())
                        .field("file", string())
                        .field("registry", string()))
                .field("depends_on", dependsOn())
                .field("deploy", DeploySchema.deploy())
                .field("develop", LifecycleSchema.develop())
                .field("device_cgroup_rules", listOfStrings())
                .field("devices", list(anyOf(string(), object()
                        .field("source", string())
                        .field("target", string())
                        .field("permissions", string())
                        .required("source"))))
                .field("dns", NetworkSchema.dns())
                .field("dns_opt", listOfStrings())
                .field("dns_search", stringOrList())
                .field("domainname", string())
                .field("entrypoint", command())
                .field("env_file", envFile())
                .field("environment", listOrDict())
                .field("expose", list(exposedPort()).unique())
                .field("extends", anyOf(string(), object()
                        .field("service", string())
                        .field("file", string())
                        .required("service")
                        .noExtensions()))
                .field("external_links", listOfStrings())
                .field("extra_hosts", NetworkSchema.extraHosts())
                .field("gpus", ResourceSchema.gpus())
                .field("group_add", list(stringOrNumber()).unique())
                .field("healthcheck", LifecycleSchema.healthcheck())
                .field("hostname", string())
                .field("image", string())
                .field("init", bool())
                .field("ipc", string())
                .field("isolation", string())
                .field("labels", listOrDict())
                .field("label_file", anyOf(string(), list(string())))
                .field("links", listOfStrings())
                .field("logging", object()
                        .field("driver", string())
                        .field("options", mapOf(orNull(stringOrNumber()))))
                .field("mac_address", string())
                .field("mem_limit", byteSize())
                .field("mem_reservation", byteSize())
                .field("mem_swappiness", integer(0, 100))
                .field("memswap_limit", byteSizeOrUnlimited())
                .field("models", models())
                .field("network_mode", string())
                .field("networks", NetworkSchema.serviceNetworks())
                .field("oom_kill_disable", bool())
                .field("oom_score_adj", integer(-1000, 1000))
                .field("pid", orNull(string()))
                .field("pids_limit", atLeast(-1))
                .field("platform", string())
                .field("ports", PortSchema.ports())
                .field("post_start", list(LifecycleSchema.hook()))
                .field("pre_start", list(LifecycleSchema.preStartHook()))
                .field("pre_stop", list(LifecycleSchema.hook()))
                .field("privileged", bool())
                .field("profiles", listOfStrings())
                .field("provider", provider())
                .field("pull_policy", pullPolicy())
                .field("pull_refresh_after", string())
                .field("read_only", bool())
                .field("restart", restartPolicy())
                .field("runtime", string())
                .field("scale", atLeast(0))
                .field("secrets", ConfigSecretSchema.references())
                .field("security_opt", listOfStrings())
                .field("shm_size", byteSize())
                .field("stdin_open", bool())
                .field("stop_grace_period", duration())
                .field("stop_signal", string())
                .field("storage_opt", mapOf(anything()))
                .field("sysctls", listOrDict())
                .field("tmpfs", stringOrList())
                .field("tty", bool())
                .field("ulimits", ResourceSchema.ulimits())
                .field("use_api_socket", bool())
                .field("user", string())
                .field("userns_mode", string())
                .field("uts", string())
                .field("volumes", VolumeSchema.serviceVolumes())
                .field("volumes_from", listOfStrings())
                .field("working_dir", string())
                .misplaced("deploy", "replicas", "resources", "placement", "restart_policy", "update_config",
                        "rollback_config", "endpoint_mode");
    }

    /** Service names, or (Compose Specification) names with the condition to wait for. */
    private static Schema dependsOn() {
        return anyOf(listOfStrings(), TopLevelSchema.names("service name", object()
                .field("condition", enumOf("service_started", "service_healthy", "service_completed_successfully"))
                .field("required", bool())
                .field("restart", bool())
                .required("condition")));
    }

    private static Schema envFile() {
        return anyOf(string(), list(anyOf(string(), object()
                .field("path", string())
                .field("format", string())
                .field("required", bool())
                .required("path")
                .noExtensions())));
    }

    private static Schema models() {
        return anyOf(listOfStrings(), TopLevelSchema.names("model name", orNull(object()
                .field("endpoint_var", string())
                .field("model_var", string()))));
    }

    private static Schema provider() {
        Schema option = anyOf(stringOrNumber(), bool());
        return object()
                .field("type", string())
                .field("options", mapOf(anyOf(option, list(option))))
                .required("type");
    }
}
