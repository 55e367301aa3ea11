package dev.berth.swarm.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/** The container of a task. Durations are in nanoseconds; a false flag is written as absent. */
public record ContainerSpec(
        @JsonProperty("Image") String image,
        @JsonProperty("Labels") Map<String, String> labels,
        @JsonProperty("Command") List<String> command,
        @JsonProperty("Args") List<String> args,
        @JsonProperty("Hostname") String hostname,
        @JsonProperty("Env") List<String> env,
        @JsonProperty("Dir") String dir,
        @JsonProperty("User") String user,
        @JsonProperty("Groups") List<String> groups,
        @JsonProperty("TTY") Boolean tty,
        @JsonProperty("OpenStdin") Boolean openStdin,
        @JsonProperty("ReadOnly") Boolean readOnly,
        @JsonProperty("Mounts") List<Mount> mounts,
        @JsonProperty("StopSignal") String stopSignal,
        @JsonProperty("StopGracePeriod") Long stopGracePeriod,
        @JsonProperty("Healthcheck") HealthConfig healthCheck,
        @JsonProperty("Hosts") List<String> hosts,
        @JsonProperty("DNSConfig") DnsConfig dnsConfig,
        @JsonProperty("Secrets") List<SecretReference> secrets,
        @JsonProperty("Configs") List<ConfigReference> configs,
        @JsonProperty("Init") Boolean init,
        @JsonProperty("Sysctls") Map<String, String> sysctls,
        @JsonProperty("CapabilityAdd") List<String> capabilityAdd,
        @JsonProperty("CapabilityDrop") List<String> capabilityDrop,
        @JsonProperty("Ulimits") List<Ulimit> ulimits) {

    public ContainerSpec {
        labels = Copies.map(labels);
        command = Copies.list(command);
        args = Copies.list(args);
        env = Copies.list(env);
        groups = Copies.list(groups);
        mounts = Copies.list(mounts);
        hosts = Copies.list(hosts);
        secrets = Copies.list(secrets);
        configs = Copies.list(configs);
        sysctls = Copies.map(sysctls);
        capabilityAdd = Copies.list(capabilityAdd);
        capabilityDrop = Copies.list(capabilityDrop);
        ulimits = Copies.list(ulimits);
    }

    /** A copy referring to these configs and secrets (with their IDs filled in). */
    public ContainerSpec withReferences(List<ConfigReference> newConfigs, List<SecretReference> newSecrets) {
        return new ContainerSpec(image, labels, command, args, hostname, env, dir, user, groups, tty, openStdin, readOnly, mounts, stopSignal, stopGracePeriod, healthCheck, hosts, dnsConfig, newSecrets, newConfigs, init, sysctls, capabilityAdd, capabilityDrop, ulimits);
    }
}
