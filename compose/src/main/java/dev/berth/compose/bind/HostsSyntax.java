package dev.berth.compose.bind;

import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.Path;
import dev.berth.compose.tree.SeqNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code extra_hosts}: a mapping of host to address(es) or a sequence of {@code host=ip} (or
 * {@code host:ip}) strings, several addresses separated by commas, IPv6 brackets removed.
 */
final class HostsSyntax {

    private HostsSyntax() {
    }

    static Map<String, List<String>> bind(Node node, Path path, Scalars scalars) {
        Map<String, List<String>> hosts = new LinkedHashMap<>();
        if (node == null) {
            return hosts;
        }
        if (node instanceof MapNode map) {
            for (MapNode.Entry e : map.entries()) {
                Path at = path.child(e.key());
                List<String> ips = hosts.computeIfAbsent(e.key(), k -> new ArrayList<>());
                if (e.value() instanceof SeqNode seq) {
                    for (int i = 0; i < seq.length(); i++) {
                        add(ips, scalars.text(seq.get(i), at.index(i)));
                    }
                } else {
                    add(ips, scalars.text(e.value(), at));
                }
            }
        } else if (node instanceof SeqNode seq) {
            for (int i = 0; i < seq.length(); i++) {
                String text = scalars.text(seq.get(i), path.index(i));
                if (text == null) {
                    continue;
                }
                int eq = text.indexOf('=');
                int cut = eq >= 0 ? eq : text.indexOf(':');
                if (cut <= 0) {
                    scalars.report(seq.get(i), path.index(i), "expected host=ip, found \"" + text + "\"");
                    continue;
                }
                List<String> ips = hosts.computeIfAbsent(text.substring(0, cut), k -> new ArrayList<>());
                for (String ip : text.substring(cut + 1).split(",")) {
                    add(ips, ip);
                }
            }
        } else {
            scalars.report(node, path, "expected a mapping or a sequence of host=ip strings, found " + Scalars.describe(node));
        }
        return hosts;
    }

    private static void add(List<String> ips, String ip) {
        if (ip != null) {
            ips.add(ip.length() > 2 && ip.startsWith("[") && ip.endsWith("]") ? ip.substring(1, ip.length() - 1) : ip);
        }
    }
}
