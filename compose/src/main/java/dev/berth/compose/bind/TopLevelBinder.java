package dev.berth.compose.bind;

import dev.berth.compose.model.Config;
import dev.berth.compose.model.Ipam;
import dev.berth.compose.model.IpamPool;
import dev.berth.compose.model.Network;
import dev.berth.compose.model.Secret;
import dev.berth.compose.model.Volume;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.Path;
import dev.berth.compose.tree.ScalarNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The top-level networks, volumes, configs and secrets. Each gets its engine name: the one given,
 * else the key for an external element and {@code <project>_<key>} for one Berth creates. The
 * deprecated {@code external: {name: x}} becomes {@code external: true} with {@code name: x}.
 */
final class TopLevelBinder {

    private final String project;
    private final Scalars scalars;

    TopLevelBinder(String project, Scalars scalars) {
        this.project = project;
        this.scalars = scalars;
    }

    /** The elements of the top-level section at {@code path}, bound one by one; a null element is an empty mapping. */
    <T> Map<String, T> section(Node node, Path path, Function<Fields, T> bindOne) {
        Map<String, T> out = new LinkedHashMap<>();
        if (node == null || node instanceof ScalarNode s && s.isNull()) {
            return out;
        }
        if (!(node instanceof MapNode map)) {
            scalars.report(node, path, "expected a mapping, found " + node.describe());
            return out;
        }
        for (MapNode.Entry e : map.entries()) {
            Node value = e.value() instanceof ScalarNode s && s.isNull() ? MapNode.empty(e.value().position()) : e.value();
            if (value instanceof MapNode element) {
                out.put(e.key(), bindOne.apply(new Fields(element, path.child(e.key()), scalars)));
            } else {
                scalars.report(value, path.child(e.key()), "expected a mapping, found " + value.describe());
            }
        }
        return out;
    }

    Network network(Fields f) {
        External external = external(f);
        Network n = new Network(name(f, external), f.string("driver"), f.keyValues("driver_opts", false),
                f.flag("attachable"), f.flag("internal"), ipam(f.fields("ipam")), external.external(),
                f.keyValues("labels", false),
                f.bool("enable_ipv4"), f.bool("enable_ipv6"), f.extensions());
        f.done();
        return n;
    }

    private Ipam ipam(Fields f) {
        if (f == null) {
            return null;
        }
        Ipam ipam = new Ipam(f.string("driver"), DeployBinder.items(f, "config", this::pool), f.keyValues("options", false),
                f.extensions());
        f.done();
        return ipam;
    }

    private IpamPool pool(Fields f) {
        IpamPool pool = new IpamPool(f.string("subnet"), f.string("gateway"), f.string("ip_range"),
                f.keyValues("aux_addresses", false), f.extensions());
        f.done();
        return pool;
    }

    Volume volume(Fields f) {
        External external = external(f);
        Volume v = new Volume(name(f, external), f.string("driver"), f.keyValues("driver_opts", false),
                external.external(), f.keyValues("labels", false), f.extensions());
        f.done();
        return v;
    }

    Config config(Fields f) {
        External external = external(f);
        Config c = new Config(name(f, external), f.string("file"), f.string("environment"), f.string("content"),
                external.external(), f.keyValues("labels", false), f.string("driver"),
                f.keyValues("driver_opts", false), f.string("template_driver"), f.extensions());
        f.done();
        return c;
    }

    Secret secret(Fields f) {
        External external = external(f);
        Secret s = new Secret(name(f, external), f.string("file"), f.string("environment"), f.string("content"),
                external.external(), f.keyValues("labels", false), f.string("driver"),
                f.keyValues("driver_opts", false), f.string("template_driver"), f.extensions());
        f.done();
        return s;
    }

    /** Whether an element is external, and the name the deprecated {@code external: {name: x}} gave it. */
    private record External(boolean external, String name) {
    }

    /** Reads {@code external}; the deprecated mapping form may carry the name, checked against {@code name}. */
    private External external(Fields f) {
        Node node = f.node().get("external");
        if (!(node instanceof MapNode map)) {
            return new External(f.flag("external"), null);
        }
        f.take("external");
        Fields ext = new Fields(map, f.path("external"), scalars);
        String externalName = ext.string("name");
        ext.done();
        String name = f.node().get("name") instanceof ScalarNode s && !s.isNull() ? s.text() : null;
        if (externalName != null && name != null && !name.equals(externalName)) {
            scalars.report(map.get("name"), f.path("external").child("name"), "external.name \"" + externalName
                    + "\" differs from name \"" + name + "\"; write only name");
        }
        return new External(true, externalName);
    }

    private String name(Fields f, External external) {
        String given = f.string("name");
        if (given != null) {
            return given;
        }
        if (external.name() != null) {
            return external.name();
        }
        String key = f.path().last();
        return external.external() ? key : project + "_" + key;
    }
}
