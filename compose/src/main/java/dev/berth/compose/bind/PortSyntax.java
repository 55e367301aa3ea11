package dev.berth.compose.bind;

import dev.berth.compose.model.Port;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.Path;
import dev.berth.compose.tree.ScalarNode;
import dev.berth.compose.tree.SeqNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Service ports, short syntax to long: {@code "127.0.0.1:8080-8081:80-81/udp"} becomes one entry
 * per container port. A single container port with a host range keeps the range as its
 * published port, so the engine picks one host port of it. Protocol defaults to tcp, mode to ingress.
 */
final class PortSyntax {

    private static final Set<String> PROTOCOLS = Set.of("tcp", "udp", "sctp");
    private static final Pattern IPV4 = Pattern.compile("^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$");
    private static final Pattern IPV6 = Pattern.compile("^[0-9a-fA-F:.]*:[0-9a-fA-F:.]*$");
    private static final String EXPECTED = "expected [host_ip:][published:]target[/protocol] such as 127.0.0.1:8080:80/tcp";

    private PortSyntax() {
    }

    static List<Port> bind(SeqNode seq, Path path, Scalars scalars) {
        List<Port> ports = new ArrayList<>();
        for (int i = 0; i < seq.length(); i++) {
            Node item = seq.get(i);
            Path at = path.index(i);
            if (item instanceof MapNode map) {
                Port port = longSyntax(new Fields(map, at, scalars));
                if (port != null) {
                    ports.add(port);
                }
            } else if (item instanceof ScalarNode s && !s.isNull()) {
                try {
                    ports.addAll(parse(s.text()));
                } catch (IllegalArgumentException e) {
                    scalars.report(item, at, "invalid port \"" + s.text() + "\": " + e.getMessage() + "; " + EXPECTED);
                }
            } else {
                scalars.report(item, at, "expected a port string or mapping, found " + item.describe());
            }
        }
        return ports;
    }

    private static Port longSyntax(Fields f) {
        Long target = f.integer("target");
        String published = f.string("published");
        String protocol = f.string("protocol");
        Port port = new Port(f.string("name"), target == null ? 0 : target.intValue(), published, f.string("host_ip"),
                protocol == null ? "tcp" : protocol.toLowerCase(Locale.ROOT), orDefault(f.string("mode"), "ingress"),
                f.string("app_protocol"), f.extensions());
        if (target == null && !f.has("target")) {
            f.scalars().problems().add(f.node().position(), f.path().toString(), "a port needs a target");
        }
        f.done();
        return port;
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    /** Parses one short-syntax port into its long form, one entry per container port. */
    static List<Port> parse(String spec) {
        String[] parts = spec.split(":", -1);
        String containerPart = parts[parts.length - 1];
        String hostPort = parts.length >= 2 ? parts[parts.length - 2] : "";
        String ip = parts.length >= 3 ? String.join(":", java.util.Arrays.copyOf(parts, parts.length - 2)) : "";
        if (ip.startsWith("[") && ip.endsWith("]")) {
            ip = ip.substring(1, ip.length() - 1);
        }
        if (!ip.isEmpty() && !IPV4.matcher(ip).matches() && !IPV6.matcher(ip).matches()) {
            throw new IllegalArgumentException("\"" + ip + "\" is not an IP address");
        }
        String protocol = "tcp";
        int slash = containerPart.indexOf('/');
        if (slash >= 0) {
            protocol = containerPart.substring(slash + 1).toLowerCase(Locale.ROOT);
            containerPart = containerPart.substring(0, slash);
            if (protocol.isEmpty()) {
                protocol = "tcp";
            } else if (!PROTOCOLS.contains(protocol)) {
                throw new IllegalArgumentException("unknown protocol \"" + protocol + "\" (tcp, udp or sctp)");
            }
        }
        if (containerPart.isEmpty()) {
            throw new IllegalArgumentException("no container port");
        }
        int[] target = range(containerPart, "container port");
        int[] host = hostPort.isEmpty() ? null : range(hostPort, "published port");
        boolean singleTarget = target[0] == target[1];
        if (host != null && !singleTarget && host[1] - host[0] != target[1] - target[0]) {
            throw new IllegalArgumentException("the published range " + hostPort + " and the container range "
                    + containerPart + " differ in length");
        }
        List<Port> ports = new ArrayList<>();
        for (int p = target[0]; p <= target[1]; p++) {
            String published = null;
            if (host != null) {
                published = singleTarget && host[0] != host[1] ? host[0] + "-" + host[1]
                        : Integer.toString(host[0] + p - target[0]);
            }
            ports.add(new Port(null, p, published, ip.isEmpty() ? null : ip, protocol, "ingress", null, null));
        }
        return ports;
    }

    private static int[] range(String text, String what) {
        int dash = text.indexOf('-');
        int start = port(dash < 0 ? text : text.substring(0, dash), what);
        int end = dash < 0 ? start : port(text.substring(dash + 1), what);
        if (end < start) {
            throw new IllegalArgumentException("the " + what + " range " + text + " ends before it starts");
        }
        return new int[] {start, end};
    }

    private static int port(String text, String what) {
        if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("the " + what + " \"" + text + "\" is not a number");
        }
        int value = Integer.parseInt(text);
        if (value > 65535) {
            throw new IllegalArgumentException("the " + what + " " + value + " is above 65535");
        }
        return value;
    }
}
