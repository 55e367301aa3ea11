package dev.berth.compose.model;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One service, in long syntax with defaults applied. Optional parts are null when absent;
 * collections are empty when absent, except {@code command} and {@code entrypoint}, where null
 * means "the image's own" and an empty list means "cleared". {@code otherKeys} holds the Compose
 * keys Berth does not act on ({@code privileged}, {@code network_mode}…), sorted, so that a
 * backend can warn about each by path.
 */
public record Service(
        String image,
        Build build,
        List<String> command,
        List<String> entrypoint,
        Map<String, String> environment,
        List<EnvFile> envFiles,
        Map<String, String> labels,
        Healthcheck healthcheck,
        String user,
        String workingDir,
        String hostname,
        String domainname,
        Duration stopGracePeriod,
        String stopSignal,
        List<String> tmpfs,
        Map<String, Ulimit> ulimits,
        List<String> capAdd,
        List<String> capDrop,
        Map<String, String> sysctls,
        Boolean init,
        Map<String, List<String>> extraHosts,
        List<String> dns,
        List<String> dnsSearch,
        List<String> dnsOpt,
        boolean readOnly,
        boolean tty,
        boolean stdinOpen,
        List<Port> ports,
        List<String> expose,
        List<ServiceVolume> volumes,
        Map<String, ServiceNetwork> networks,
        List<FileReference> configs,
        List<FileReference> secrets,
        Map<String, Dependency> dependsOn,
        List<String> profiles,
        Logging logging,
        Deploy deploy,
        Map<String, Value> otherKeys,
        Extensions extensions) {

    public Service {
        command = Frozen.nullableList(command);
        entrypoint = Frozen.nullableList(entrypoint);
        environment = Frozen.ordered(environment);
        envFiles = Frozen.list(envFiles);
        labels = Frozen.sorted(labels);
        tmpfs = Frozen.list(tmpfs);
        ulimits = Frozen.sorted(ulimits);
        capAdd = Frozen.list(capAdd);
        capDrop = Frozen.list(capDrop);
        sysctls = Frozen.sorted(sysctls);
        extraHosts = Frozen.sortedLists(extraHosts);
        dns = Frozen.list(dns);
        dnsSearch = Frozen.list(dnsSearch);
        dnsOpt = Frozen.list(dnsOpt);
        ports = Frozen.list(ports);
        expose = Frozen.list(expose);
        volumes = Frozen.list(volumes);
        networks = Frozen.sorted(networks);
        configs = Frozen.list(configs);
        secrets = Frozen.list(secrets);
        dependsOn = Frozen.sorted(dependsOn);
        profiles = Frozen.list(profiles);
        otherKeys = Frozen.sorted(otherKeys);
        extensions = extensions == null ? Extensions.EMPTY : extensions;
    }

    /** This service running {@code builtImage}, which was made from its {@code build:} (now done, so cleared). */
    public Service withBuiltImage(String builtImage) {
        return new Service(builtImage, null, command, entrypoint, environment, envFiles, labels, healthcheck, user,
                workingDir, hostname, domainname, stopGracePeriod, stopSignal, tmpfs, ulimits, capAdd, capDrop, sysctls,
                init, extraHosts, dns, dnsSearch, dnsOpt, readOnly, tty, stdinOpen, ports, expose, volumes, networks,
                configs, secrets, dependsOn, profiles, logging, deploy, otherKeys, extensions);
    }
}
