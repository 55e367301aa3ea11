package dev.berth.compose.write;

import dev.berth.compose.model.Build;
import dev.berth.compose.model.Dependency;
import dev.berth.compose.model.EnvFile;
import dev.berth.compose.model.FileReference;
import dev.berth.compose.model.Healthcheck;
import dev.berth.compose.model.Logging;
import dev.berth.compose.model.Port;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.ServiceNetwork;
import dev.berth.compose.model.ServiceVolume;
import dev.berth.compose.model.Ulimit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A service in the canonical output: long syntax, keys sorted, the keys Berth does not act on included. */
final class ServiceForm {

    private ServiceForm() {
    }

    static Map<String, Object> of(Service s) {
        return new Entries()
                .text("image", s.image())
                .mapping("build", s.build(), ServiceForm::build)
                .textsOrEmpty("command", s.command())
                .textsOrEmpty("entrypoint", s.entrypoint())
                .textMap("environment", s.environment())
                .list("env_file", s.envFiles(), ServiceForm::envFile)
                .textMap("labels", s.labels())
                .mapping("healthcheck", s.healthcheck(), ServiceForm::healthcheck)
                .text("user", s.user())
                .text("working_dir", s.workingDir())
                .text("hostname", s.hostname())
                .text("domainname", s.domainname())
                .duration("stop_grace_period", s.stopGracePeriod())
                .text("stop_signal", s.stopSignal())
                .texts("tmpfs", s.tmpfs())
                .map("ulimits", s.ulimits(), ServiceForm::ulimit)
                .texts("cap_add", s.capAdd())
                .texts("cap_drop", s.capDrop())
                .textMap("sysctls", s.sysctls())
                .bool("init", s.init())
                .map("extra_hosts", s.extraHosts(), ServiceForm::hosts)
                .texts("dns", s.dns())
                .texts("dns_search", s.dnsSearch())
                .texts("dns_opt", s.dnsOpt())
                .flag("read_only", s.readOnly())
                .flag("tty", s.tty())
                .flag("stdin_open", s.stdinOpen())
                .list("ports", s.ports(), ServiceForm::port)
                .texts("expose", s.expose())
                .list("volumes", s.volumes(), ServiceForm::volume)
                .map("networks", s.networks(), ServiceForm::network)
                .list("configs", s.configs(), ServiceForm::fileReference)
                .list("secrets", s.secrets(), ServiceForm::fileReference)
                .map("depends_on", s.dependsOn(), ServiceForm::dependency)
                .texts("profiles", s.profiles())
                .mapping("logging", s.logging(), ServiceForm::logging)
                .mapping("deploy", s.deploy(), DeployForm::of)
                .values(s.otherKeys())
                .extensions(s.extensions())
                .build();
    }

    private static Map<String, Object> build(Build b) {
        return new Entries()
                .text("context", b.context())
                .text("dockerfile", b.dockerfile())
                .text("dockerfile_inline", b.dockerfileInline())
                .textMap("args", b.args())
                .text("target", b.target())
                .textMap("labels", b.labels())
                .texts("cache_from", b.cacheFrom())
                .texts("cache_to", b.cacheTo())
                .text("network", b.network())
                .number("shm_size", b.shmSize())
                .map("extra_hosts", b.extraHosts(), ServiceForm::hosts)
                .texts("tags", b.tags())
                .texts("platforms", b.platforms())
                .flag("pull", b.pull())
                .flag("no_cache", b.noCache())
                .list("secrets", b.secrets(), ServiceForm::fileReference)
                .values(b.otherKeys())
                .extensions(b.extensions())
                .build();
    }

    private static Object envFile(EnvFile e) {
        Map<String, Object> out = new Entries().text("path", e.path()).text("format", e.format()).build();
        out.put("required", e.required());
        return out;
    }

    private static Map<String, Object> healthcheck(Healthcheck h) {
        return new Entries()
                .texts("test", h.test())
                .duration("interval", h.interval())
                .duration("timeout", h.timeout())
                .duration("start_period", h.startPeriod())
                .duration("start_interval", h.startInterval())
                .number("retries", h.retries())
                .flag("disable", h.disable())
                .extensions(h.extensions())
                .build();
    }

    private static Object ulimit(Ulimit u) {
        return new Entries().number("soft", u.soft()).number("hard", u.hard()).extensions(u.extensions()).build();
    }

    /** One address as a string, several as a list: both spellings compose-spec allows. */
    private static Object hosts(List<String> ips) {
        return ips.size() == 1 ? Entries.escape(ips.get(0)) : Entries.escapeAll(ips);
    }

    private static Object port(Port p) {
        return new Entries()
                .text("name", p.name())
                .number("target", p.target())
                .text("published", p.published())
                .text("host_ip", p.hostIp())
                .text("protocol", p.protocol())
                .text("mode", p.mode())
                .text("app_protocol", p.appProtocol())
                .extensions(p.extensions())
                .build();
    }

    private static Object volume(ServiceVolume v) {
        return new Entries()
                .text("type", v.type())
                .text("source", v.source())
                .text("target", v.target())
                .flag("read_only", v.readOnly())
                .text("consistency", v.consistency())
                .mapping("bind", v.bind(), b -> bindOptions(b))
                .mapping("volume", v.volume(), o -> new Entries().flag("nocopy", o.nocopy()).text("subpath", o.subpath())
                        .textMap("labels", o.labels()).extensions(o.extensions()).build())
                .mapping("tmpfs", v.tmpfs(), t -> new Entries().number("size", t.size()).number("mode", t.mode())
                        .extensions(t.extensions()).build())
                .mapping("image", v.image(), i -> new Entries().text("subpath", i.subpath()).extensions(i.extensions()).build())
                .extensions(v.extensions())
                .build();
    }

    private static Map<String, Object> bindOptions(dev.berth.compose.model.VolumeBind b) {
        Map<String, Object> out = new Entries().text("propagation", b.propagation()).text("selinux", b.selinux())
                .text("recursive", b.recursive()).extensions(b.extensions()).build();
        out.put("create_host_path", b.createHostPath());
        return out;
    }

    /** An attachment with nothing set is written null, as {@code docker compose config} does. */
    private static Object network(ServiceNetwork n) {
        if (n.isEmpty()) {
            return null;
        }
        return new Entries()
                .texts("aliases", n.aliases())
                .text("ipv4_address", n.ipv4Address())
                .text("ipv6_address", n.ipv6Address())
                .texts("link_local_ips", n.linkLocalIps())
                .text("mac_address", n.macAddress())
                .textMap("driver_opts", n.driverOpts())
                .number("priority", n.priority())
                .number("gw_priority", n.gwPriority())
                .text("interface_name", n.interfaceName())
                .extensions(n.extensions())
                .build();
    }

    /** The mode is written in octal as a string ({@code "0440"}), which reads back as octal. */
    static Object fileReference(FileReference r) {
        return new Entries()
                .text("source", r.source())
                .text("target", r.target())
                .text("uid", r.uid())
                .text("gid", r.gid())
                .text("mode", r.mode() == null ? null : "0" + Long.toOctalString(r.mode()))
                .extensions(r.extensions())
                .build();
    }

    private static Object dependency(Dependency d) {
        Map<String, Object> out = new TreeMap<>(new Entries().text("condition", d.condition()).flag("restart", d.restart())
                .extensions(d.extensions()).build());
        out.put("required", d.required());
        return out;
    }

    private static Map<String, Object> logging(Logging l) {
        return new Entries().text("driver", l.driver()).textMap("options", l.options()).extensions(l.extensions()).build();
    }
}
