package dev.berth.compose.schema;

import static dev.berth.compose.schema.Schemas.value;

import dev.berth.compose.tree.ScalarKind;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** Scalars with a format of their own: durations, byte sizes, ports, addresses, policies. */
final class Formats {

    private static final Set<ScalarKind> TEXT_OR_NUMBER =
            EnumSet.of(ScalarKind.STRING, ScalarKind.INT, ScalarKind.FLOAT);
    private static final Set<ScalarKind> TEXT_OR_INTEGER = EnumSet.of(ScalarKind.STRING, ScalarKind.INT);
    private static final Set<ScalarKind> TEXT = EnumSet.of(ScalarKind.STRING);

    private static final Pattern RESTART = Pattern.compile("no|always|unless-stopped|on-failure(:[0-9]+)?");
    private static final Pattern PULL_POLICY =
            Pattern.compile("always|never|missing|if_not_present|build|refresh|daily|weekly|every_([0-9]+[wdhms])+");

    private static final Pattern OCTAL = Pattern.compile("(0o)?[0-7]{1,5}");

    private Formats() {
    }

    /** A Go duration: 10s, 1m30s, 1.5h, 500ms, 0. A bare number is reported, not read as seconds. */
    static ScalarSchema duration() {
        return new ScalarSchema("a duration", TEXT_OR_NUMBER, s -> DurationFormat.isValid(s.text()) ? null
                : "expected a duration such as \"10s\", \"1m30s\" or \"500ms\", found " + value(s));
    }

    /** Microseconds as an integer, or a duration: cpu_rt_runtime. */
    static ScalarSchema microsecondsOrDuration() {
        return new ScalarSchema("an integer or a duration", TEXT_OR_INTEGER,
                s -> NumberText.integer(s).isPresent() || DurationFormat.isValid(s.text()) ? null
                        : "expected microseconds as an integer or a duration such as \"400ms\", found " + value(s));
    }

    /** Bytes as an integer, or with a unit: 1024, 512m, 2gb. */
    static ScalarSchema byteSize() {
        return new ScalarSchema("a byte size", TEXT_OR_NUMBER, s -> ByteSizeFormat.isValid(s.text()) ? null
                : "expected a byte size such as \"512m\", \"1g\" or 1024, found " + value(s));
    }

    /** A byte size, or -1 for no limit: memswap_limit. */
    static ScalarSchema byteSizeOrUnlimited() {
        return new ScalarSchema("a byte size", TEXT_OR_NUMBER,
                s -> s.text().equals("-1") || ByteSizeFormat.isValid(s.text()) ? null
                        : "expected a byte size such as \"512m\", \"1g\" or 1024, or -1 for no limit, found "
                        + value(s));
    }

    static ScalarSchema ipAddress() {
        return address("an IP address", AddressFormat::isIp);
    }

    static ScalarSchema ipv4Address() {
        return address("an IPv4 address", AddressFormat::isIpv4);
    }

    static ScalarSchema ipv6Address() {
        return address("an IPv6 address", AddressFormat::isIpv6);
    }

    static ScalarSchema cidr() {
        return new ScalarSchema("a subnet", TEXT, s -> AddressFormat.isCidr(s.text()) ? null
                : "expected a subnet in CIDR notation such as \"10.5.0.0/16\", found " + value(s));
    }

    /** The address of an extra host: an IP, IPv6 possibly in brackets, or docker's "host-gateway". */
    static ScalarSchema hostAddress() {
        return new ScalarSchema("an IP address", TEXT, s -> isHostAddress(s.text()) ? null
                : "expected an IP address or \"host-gateway\", found " + value(s));
    }

    /** {@code HOSTNAME=IP} (or the older {@code HOSTNAME:IP}), as extra_hosts lists them. */
    static ScalarSchema extraHost() {
        return new ScalarSchema("a string", TEXT, s -> {
            String text = s.text();
            int equals = text.indexOf('=');
            int separator = equals >= 0 ? equals : text.indexOf(':');
            if (separator <= 0) {
                return "expected HOSTNAME=IP such as \"somehost=162.242.195.82\", found " + value(s);
            }
            String address = text.substring(separator + 1);
            return isHostAddress(address) ? null
                    : "invalid extra host " + value(s) + ": " + Schema.quote(address) + " is not an IP address";
        });
    }

    /** A port in the short syntax: 80, "8080:80", "127.0.0.1:5000-5010:5000-5010/udp". */
    static ScalarSchema portSpec() {
        return port("invalid port ", PortFormat::shortSyntaxProblem);
    }

    /** One port number, as an integer or a string. */
    static ScalarSchema portNumber() {
        return port("invalid port ", PortFormat::portProblem);
    }

    /** A port or a range of ports: 8080, "8080-8090". */
    static ScalarSchema portRange() {
        return port("invalid port ", PortFormat::rangeProblem);
    }

    /** {@code PORT[-PORT][/PROTOCOL]} as expose takes it. */
    static ScalarSchema exposedPort() {
        return port("invalid exposed port ", PortFormat::exposeProblem);
    }

    private static ScalarSchema port(String what, UnaryOperator<String> problem) {
        return new ScalarSchema("a port", TEXT_OR_INTEGER, s -> {
            String wrong = problem.apply(s.text());
            return wrong == null ? null : what + value(s) + ": " + wrong;
        });
    }

    static ScalarSchema protocol() {
        return new ScalarSchema("a protocol", TEXT, s -> PortFormat.protocolProblem(s.text()));
    }

    static ScalarSchema restartPolicy() {
        return new ScalarSchema("a restart policy", TEXT, s -> RESTART.matcher(s.text()).matches() ? null
                : "expected \"no\", \"always\", \"on-failure\", \"on-failure:<max-retries>\" or \"unless-stopped\", "
                + "found " + value(s));
    }

    static ScalarSchema pullPolicy() {
        return new ScalarSchema("a pull policy", TEXT, s -> PULL_POLICY.matcher(s.text()).matches() ? null
                : "expected \"always\", \"never\", \"missing\", \"build\", \"daily\", \"weekly\", "
                + "\"every_<duration>\" (such as \"every_12h\"), \"if_not_present\" or \"refresh\", found " + value(s));
    }

    /** A device count: a number of devices, or "all". */
    static ScalarSchema countOrAll() {
        return new ScalarSchema("an integer or \"all\"", TEXT_OR_INTEGER,
                s -> s.text().equals("all") || NumberText.integer(s).filter(n -> n >= 0).isPresent() ? null
                        : "expected a number of devices or \"all\", found " + value(s));
    }

    /** A file mode: an integer (0440, 0o440) or a string of octal digits ("0440"). */
    static ScalarSchema fileMode() {
        return new ScalarSchema("a file mode", TEXT_OR_INTEGER,
                s -> (s.isString() ? OCTAL.matcher(s.text()).matches() : NumberText.integer(s).orElse(-1L) >= 0)
                        ? null : "expected a file mode such as 0440, found " + value(s));
    }

    private static ScalarSchema address(String noun, Predicate<String> valid) {
        return new ScalarSchema(noun, TEXT, s -> valid.test(s.text()) ? null
                : "expected " + noun + ", found " + value(s));
    }

    private static boolean isHostAddress(String text) {
        if (text.equals("host-gateway") || AddressFormat.isIp(text)) {
            return true;
        }
        return text.startsWith("[") && text.endsWith("]") && AddressFormat.isIpv6(text.substring(1, text.length() - 1));
    }
}
