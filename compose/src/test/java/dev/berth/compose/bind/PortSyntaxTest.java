package dev.berth.compose.bind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.model.Port;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortSyntaxTest {

    private static List<Port> ports(String... specs) {
        StringBuilder yaml = new StringBuilder("services:\n  web:\n    image: nginx\n    ports:\n");
        for (String spec : specs) {
            yaml.append("      - ").append(spec).append('\n');
        }
        return Binding.service(yaml.toString(), "web").ports();
    }

    @Test
    void expandsAHostIpWithRangesAndProtocolToOneEntryPerPort() {
        assertThat(ports("\"127.0.0.1:8080-8081:80-81/udp\"")).containsExactly(
                new Port(null, 80, "8080", "127.0.0.1", "udp", "ingress", null, null),
                new Port(null, 81, "8081", "127.0.0.1", "udp", "ingress", null, null));
    }

    @Test
    void readsABareNumberAsTheTargetWithTcpAndIngress() {
        assertThat(ports("80")).containsExactly(new Port(null, 80, null, null, "tcp", "ingress", null, null));
    }

    @Test
    void readsPublishedAndTarget() {
        assertThat(ports("\"8080:80\"")).containsExactly(new Port(null, 80, "8080", null, "tcp", "ingress", null, null));
    }

    @Test
    void expandsAContainerRangeWithoutPublishedPorts() {
        assertThat(ports("\"3000-3002\"")).extracting(Port::target).containsExactly(3000, 3001, 3002);
    }

    @Test
    void keepsAHostRangeForASingleContainerPort() {
        assertThat(ports("\"9000-9010:80\"")).containsExactly(new Port(null, 80, "9000-9010", null, "tcp", "ingress", null, null));
    }

    @Test
    void readsABracketedIpv6HostIp() {
        assertThat(ports("\"[::1]:8080:80\"")).containsExactly(new Port(null, 80, "8080", "::1", "tcp", "ingress", null, null));
    }

    @Test
    void leavesThePublishedPortEmptyWithOnlyAHostIp() {
        assertThat(ports("\"127.0.0.1::80\"")).containsExactly(new Port(null, 80, null, "127.0.0.1", "tcp", "ingress", null, null));
    }

    @Test
    void fillsTheDefaultsOfTheLongSyntax() {
        assertThat(ports("{target: 80, published: 8080, name: web, app_protocol: http}")).containsExactly(
                new Port("web", 80, "8080", null, "tcp", "ingress", "http", null));
    }

    @Test
    void keepsModeAndProtocolOfTheLongSyntax() {
        assertThat(ports("{target: 53, protocol: UDP, mode: host, host_ip: 10.0.0.1}")).containsExactly(
                new Port(null, 53, null, "10.0.0.1", "udp", "host", null, null));
    }

    @Test
    void reportsRangesOfDifferentLength() {
        assertThat(Binding.problems("""
                services:
                  web:
                    image: nginx
                    ports: ["8080-8082:80-81"]
                """)).containsExactly("compose.yaml:4:13: services.web.ports.0: invalid port \"8080-8082:80-81\": the"
                + " published range 8080-8082 and the container range 80-81 differ in length; expected"
                + " [host_ip:][published:]target[/protocol] such as 127.0.0.1:8080:80/tcp");
    }

    @Test
    void reportsAnUnknownProtocolAndAPortAbove65535Together() {
        assertThat(Binding.problems("""
                services:
                  web:
                    image: nginx
                    ports:
                      - "80/http"
                      - "70000:80"
                """)).containsExactly(
                "compose.yaml:5:9: services.web.ports.0: invalid port \"80/http\": unknown protocol \"http\" (tcp, udp"
                        + " or sctp); expected [host_ip:][published:]target[/protocol] such as 127.0.0.1:8080:80/tcp",
                "compose.yaml:6:9: services.web.ports.1: invalid port \"70000:80\": the published port 70000 is above"
                        + " 65535; expected [host_ip:][published:]target[/protocol] such as 127.0.0.1:8080:80/tcp");
    }

    @Test
    void reportsAHostIpThatIsNoAddress() {
        assertThat(Binding.problems("""
                services:
                  web:
                    image: nginx
                    ports: ["localhost:80:80"]
                """)).containsExactly("compose.yaml:4:13: services.web.ports.0: invalid port \"localhost:80:80\":"
                + " \"localhost\" is not an IP address; expected [host_ip:][published:]target[/protocol] such as"
                + " 127.0.0.1:8080:80/tcp");
    }
}
