package dev.berth.compose.bind;

import dev.berth.compose.model.ServiceNetwork;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.Path;
import dev.berth.compose.tree.ScalarNode;
import dev.berth.compose.tree.SeqNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The networks a service joins, as a map. A service that names none and has no
 * {@code network_mode} joins {@code default}, as compose-spec says; every other name is noted as a
 * reference to the top-level networks.
 */
final class NetworkAttachments {

    static final String DEFAULT = "default";

    private NetworkAttachments() {
    }

    static Map<String, ServiceNetwork> bind(Fields f, References refs) {
        Map<String, ServiceNetwork> out = new LinkedHashMap<>();
        Path path = f.path("networks");
        Node node = f.take("networks");
        Scalars scalars = f.scalars();
        if (node instanceof SeqNode seq) {
            for (int i = 0; i < seq.length(); i++) {
                String name = scalars.text(seq.get(i), path.index(i));
                if (name != null) {
                    refs.add(References.Kind.NETWORK, name, seq.get(i).position(), path.index(i));
                    out.put(name, ServiceNetwork.EMPTY);
                }
            }
        } else if (node instanceof MapNode map) {
            for (MapNode.Entry e : map.entries()) {
                refs.add(References.Kind.NETWORK, e.key(), e.keyPosition(), path.child(e.key()));
                out.put(e.key(), attachment(e.value(), path.child(e.key()), scalars));
            }
        } else if (node != null) {
            scalars.report(node, path, "expected a sequence of network names or a mapping, found " + Scalars.describe(node));
        }
        boolean hasNetworkMode = f.node().get("network_mode") instanceof ScalarNode s && !s.isNull();
        if (hasNetworkMode && !out.isEmpty()) {
            scalars.problems().add(f.node().entry("networks").keyPosition(), path.toString(),
                    "a service with network_mode cannot also join networks");
        } else if (!hasNetworkMode && out.isEmpty()) {
            out.put(DEFAULT, ServiceNetwork.EMPTY);
        }
        return out;
    }

    private static ServiceNetwork attachment(Node node, Path path, Scalars scalars) {
        if (!(node instanceof MapNode map)) {
            if (!(node instanceof ScalarNode s && s.isNull())) {
                scalars.report(node, path, "expected a mapping or null, found " + node.describe());
            }
            return ServiceNetwork.EMPTY;
        }
        Fields f = new Fields(map, path, scalars);
        ServiceNetwork n = new ServiceNetwork(f.strings("aliases"), f.string("ipv4_address"), f.string("ipv6_address"),
                f.strings("link_local_ips"), f.string("mac_address"), f.keyValues("driver_opts", false),
                f.integer("priority"), f.integer("gw_priority"), f.string("interface_name"), f.extensions());
        f.done();
        return n;
    }
}
