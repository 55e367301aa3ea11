package dev.berth.compose.merge;

import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.ScalarNode;
import dev.berth.compose.tree.SeqNode;
import java.util.ArrayList;
import java.util.List;

/** The keys by which entries of the Compose sequences are recognised as "the same entry". */
final class KeyedSequences {

    private KeyedSequences() {
    }

    static List<Node> items(Node node) {
        if (node instanceof SeqNode seq) {
            return seq.items();
        }
        return List.of(node);
    }

    static String scalarKey(Node node) {
        return node instanceof ScalarNode s ? s.text() : node.toString();
    }

    static String field(Node node, String key) {
        return node instanceof MapNode m && m.get(key) instanceof ScalarNode s && !s.isNull() ? s.text() : null;
    }

    /** {@code [db, cache]} or a mapping by name, as a mapping by name. */
    static MapNode namedMap(Node node) {
        if (node instanceof MapNode map) {
            return map;
        }
        List<MapNode.Entry> entries = new ArrayList<>();
        for (Node item : items(node)) {
            if (item instanceof ScalarNode s) {
                entries.add(new MapNode.Entry(s.text(), s.position(), ScalarNode.ofNull(s.position())));
            }
        }
        return new MapNode(entries, node.position(), null);
    }

    /** {@code build: ./dir} is short for {@code build: {context: ./dir}}. */
    static MapNode buildMap(Node node) {
        if (node instanceof MapNode map) {
            return map;
        }
        return new MapNode(List.of(new MapNode.Entry("context", node.position(), node)), node.position(), null);
    }

    /** host address, published port, target and protocol of a port, short or long syntax. */
    static String portKey(Node node) {
        if (node instanceof MapNode m) {
            return orDefault(field(m, "host_ip"), "") + "|" + orDefault(field(m, "published"), "") + "|"
                    + orDefault(field(m, "target"), "") + "|" + orDefault(field(m, "protocol"), "tcp");
        }
        String spec = scalarKey(node);
        String protocol = "tcp";
        int slash = spec.lastIndexOf('/');
        if (slash >= 0) {
            protocol = spec.substring(slash + 1);
            spec = spec.substring(0, slash);
        }
        int last = spec.lastIndexOf(':');
        String target = spec.substring(last + 1);
        String rest = last < 0 ? "" : spec.substring(0, last);
        int hostEnd = rest.lastIndexOf(':');
        String published = rest.substring(hostEnd + 1);
        String host = hostEnd < 0 ? "" : rest.substring(0, hostEnd).replace("[", "").replace("]", "");
        return host + "|" + published + "|" + target + "|" + protocol;
    }

    /** The container path of a volume or device, short or long syntax. */
    static String mountTarget(Node node) {
        if (node instanceof MapNode m) {
            return orDefault(field(m, "target"), m.toString());
        }
        String[] parts = scalarKey(node).split(":");
        return parts.length == 1 ? parts[0] : parts[1];
    }

    /** Where a secret or config lands in the container; {@code kind} is "secrets" or "configs". */
    static String fileReferenceTarget(Node node, String kind) {
        String source = node instanceof ScalarNode s ? s.text() : field(node, "source");
        String target = field(node, "target");
        String base = kind.equals("secrets") ? "/run/secrets/" : "/";
        if (target == null) {
            return base + source;
        }
        return target.startsWith("/") ? target : base + target;
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
