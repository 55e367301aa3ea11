package dev.berth.compose.bind;

import dev.berth.compose.model.Build;
import dev.berth.compose.model.Deploy;
import dev.berth.compose.model.FileReference;
import dev.berth.compose.model.Logging;
import dev.berth.compose.model.Port;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.ServiceVolume;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.Path;
import dev.berth.compose.tree.SeqNode;
import java.util.List;

/**
 * One service, tree to record. The keys Berth acts on become typed components in long syntax;
 * the rest are kept as values in {@code otherKeys}. {@code scale} becomes {@code deploy.replicas};
 * {@code extends}, already applied, is dropped.
 */
final class ServiceBinder {

    private final Scalars scalars;
    private final References refs;

    ServiceBinder(Scalars scalars, References refs) {
        this.scalars = scalars;
        this.refs = refs;
    }

    Service bind(Fields f) {
        Node buildNode = f.take("build");
        Build build = buildNode == null ? null : BuildBinder.bind(buildNode, f.path("build"), scalars, refs);
        Node imageNode = f.take("image");
        String image = imageNode == null ? null : scalars.text(imageNode, f.path("image"));
        if (imageNode == null && buildNode == null && !f.has("provider")) {
            scalars.problems().add(f.node().position(), f.path().toString(), "a service needs an image or a build section");
        }
        var dependsOn = DependencyBinder.bind(f, refs);
        var networks = NetworkAttachments.bind(f, refs);
        Service service = new Service(
                image,
                build,
                command(f, "command"),
                command(f, "entrypoint"),
                f.keyValues("environment", true),
                EnvFileSyntax.bind(f.take("env_file"), f.path("env_file"), scalars),
                f.keyValues("labels", false),
                HealthcheckBinder.bind(f.fields("healthcheck")),
                f.string("user"),
                f.string("working_dir"),
                f.string("hostname"),
                f.string("domainname"),
                f.duration("stop_grace_period"),
                f.string("stop_signal"),
                f.strings("tmpfs"),
                UlimitSyntax.bind(f.take("ulimits"), f.path("ulimits"), scalars),
                f.strings("cap_add"),
                f.strings("cap_drop"),
                f.keyValues("sysctls", false),
                f.bool("init"),
                HostsSyntax.bind(f.take("extra_hosts"), f.path("extra_hosts"), scalars),
                f.strings("dns"),
                f.strings("dns_search"),
                f.strings("dns_opt"),
                f.flag("read_only"),
                f.flag("tty"),
                f.flag("stdin_open"),
                ports(f),
                f.strings("expose"),
                volumes(f),
                networks,
                fileReferences(f, "configs", References.Kind.CONFIG, false),
                fileReferences(f, "secrets", References.Kind.SECRET, true),
                dependsOn,
                f.strings("profiles"),
                logging(f.fields("logging")),
                deploy(f),
                f.rest(),
                f.extensions());
        return service;
    }

    /** A string is split into words as a shell would, without running one; a sequence is taken as is. */
    private List<String> command(Fields f, String key) {
        Node node = f.take(key);
        if (node == null) {
            return null;
        }
        if (node instanceof SeqNode) {
            return f.strings(key);
        }
        String text = scalars.text(node, f.path(key));
        if (text == null) {
            return null;
        }
        try {
            return ShellWords.split(text);
        } catch (IllegalArgumentException e) {
            scalars.report(node, f.path(key), e.getMessage());
            return null;
        }
    }

    private List<Port> ports(Fields f) {
        SeqNode seq = f.seq("ports");
        return seq == null ? List.of() : PortSyntax.bind(seq, f.path("ports"), scalars);
    }

    private List<ServiceVolume> volumes(Fields f) {
        SeqNode seq = f.seq("volumes");
        return seq == null ? List.of() : VolumeSyntax.bind(seq, f.path("volumes"), scalars, refs);
    }

    private List<FileReference> fileReferences(Fields f, String key, References.Kind kind, boolean secretTarget) {
        SeqNode seq = f.seq(key);
        return seq == null ? List.of() : FileReferenceSyntax.bind(seq, f.path(key), scalars, refs, kind, secretTarget);
    }

    private Logging logging(Fields f) {
        if (f == null) {
            return null;
        }
        Logging logging = new Logging(f.string("driver"), f.keyValues("options", false), f.extensions());
        f.done();
        return logging;
    }

    /** {@code deploy}, with {@code scale} folded into {@code replicas}; the two must agree when both are set. */
    private Deploy deploy(Fields f) {
        Long scale = f.integer("scale");
        Deploy deploy = DeployBinder.bind(f.fields("deploy"));
        if (scale == null) {
            return deploy;
        }
        if (deploy == null) {
            return new Deploy(null, scale, null, null, null, null, null, null, null, null);
        }
        if (deploy.replicas() != null && !deploy.replicas().equals(scale)) {
            MapNode service = f.node();
            scalars.problems().add(service.entry("scale").keyPosition(), f.path("scale").toString(), "scale " + scale
                    + " differs from deploy.replicas " + deploy.replicas() + "; set only one of them");
            return deploy;
        }
        return new Deploy(deploy.mode(), scale, deploy.labels(), deploy.updateConfig(), deploy.rollbackConfig(),
                deploy.resources(), deploy.restartPolicy(), deploy.placement(), deploy.endpointMode(), deploy.extensions());
    }
}
