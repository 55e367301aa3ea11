package dev.berth.compose.schema;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The short port syntax {@code [[IP:]HOST:]CONTAINER[/PROTOCOL]}, where HOST and CONTAINER are
 * a port or a range, the IP may be IPv6 in brackets (or bare, as "::1:6000:6000"), and the
 * ranges must be equally long unless the container side is a single port (then the host range
 * is where the engine picks a free port). Every method answers what is wrong, or null.
 */
final class PortFormat {

    private static final String SHORT_SYNTAX = "[[IP:]HOST:]CONTAINER[/PROTOCOL], such as \"8080:80\" or "
            + "\"127.0.0.1:53:53/udp\"";

    private static final Set<String> PROTOCOLS = Set.of("tcp", "udp", "sctp");

    /** A port range as read: first and last port, or a problem. */
    private record Range(int first, int last, String problem) {
        int size() {
            return last - first + 1;
        }
    }

    private PortFormat() {
    }

    /** A single port, as the long syntax's target. */
    static String portProblem(String text) {
        Range range = range(text);
        if (range.problem() == null && range.size() > 1) {
            return "expected a single port, not a range";
        }
        return range.problem();
    }

    /** A port or a range, as the long syntax's published port. */
    static String rangeProblem(String text) {
        return range(text).problem();
    }

    /** {@code PORT[-PORT][/PROTOCOL]}, as {@code expose} takes it. */
    static String exposeProblem(String text) {
        int slash = text.indexOf('/');
        String ports = slash < 0 ? text : text.substring(0, slash);
        String problem = slash < 0 ? null : protocolProblem(text.substring(slash + 1));
        return problem != null ? problem : range(ports).problem();
    }

    static String protocolProblem(String protocol) {
        return PROTOCOLS.contains(protocol.toLowerCase(Locale.ROOT)) ? null
                : "unknown protocol " + Schema.quote(protocol) + "; expected tcp, udp or sctp";
    }

    /** The whole short syntax, as a port string or number in a service's ports. */
    static String shortSyntaxProblem(String spec) {
        String rest = spec;
        int slash = rest.lastIndexOf('/');
        if (slash >= 0) {
            String problem = protocolProblem(rest.substring(slash + 1));
            if (problem != null) {
                return problem;
            }
            rest = rest.substring(0, slash);
        }
        String ip = "";
        String host = "";
        String container;
        if (rest.startsWith("[")) {
            int close = rest.indexOf("]:");
            if (close < 0) {
                return "expected " + SHORT_SYNTAX;
            }
            ip = rest.substring(1, close);
            String[] ports = rest.substring(close + 2).split(":", -1);
            if (ports.length != 2 || !AddressFormat.isIpv6(ip)) {
                return ports.length != 2 ? "expected " + SHORT_SYNTAX : Schema.quote(ip) + " is not an IPv6 address";
            }
            host = ports[0];
            container = ports[1];
        } else {
            String[] parts = rest.split(":", -1);
            int n = parts.length;
            container = parts[n - 1];
            if (n >= 2) {
                host = parts[n - 2];
            }
            if (n >= 3) {
                ip = String.join(":", Arrays.asList(parts).subList(0, n - 2));
            }
        }
        return partsProblem(ip, host, container);
    }

    private static String partsProblem(String ip, String host, String container) {
        if (!ip.isEmpty() && !AddressFormat.isIp(ip)) {
            return Schema.quote(ip) + " is not an IP address";
        }
        if (container.isEmpty()) {
            return "the container port is missing; expected " + SHORT_SYNTAX;
        }
        Range containerRange = range(container);
        if (containerRange.problem() != null) {
            return containerRange.problem();
        }
        if (host.isEmpty()) {
            return null;
        }
        Range hostRange = range(host);
        if (hostRange.problem() != null) {
            return hostRange.problem();
        }
        if (containerRange.size() > 1 && hostRange.size() != containerRange.size()) {
            return "the host range " + host + " has " + hostRange.size() + " ports but the container range "
                    + container + " has " + containerRange.size();
        }
        return null;
    }

    private static Range range(String text) {
        int dash = text.indexOf('-', 1);
        String first = dash < 0 ? text : text.substring(0, dash);
        String last = dash < 0 ? text : text.substring(dash + 1);
        int a = port(first);
        int b = port(last);
        if (a < 0 || b < 0) {
            String bad = a < 0 ? first : last;
            return new Range(0, 0, bad.isEmpty() || !bad.chars().allMatch(Character::isDigit)
                    ? Schema.quote(bad) + " is not a port number"
                    : bad + " is not a port number from 0 to 65535");
        }
        if (b < a) {
            return new Range(a, b, "the range " + text + " ends before it starts");
        }
        return new Range(a, b, null);
    }

    /** The port number, or -1 when the text is not one. */
    private static int port(String text) {
        if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        int value = Integer.parseInt(text);
        return value <= 65535 ? value : -1;
    }
}
