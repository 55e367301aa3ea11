package dev.berth.compose.schema;

import static dev.berth.compose.schema.Validate.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PortTest {

    private static String withPort(String value) {
        return """
                services:
                  web:
                    image: nginx
                    ports:
                      - %s
                """.formatted(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"3000\"", "\"3000-3005\"", "\"8000:8000\"", "\"9090-9091:8080-8081\"", "\"49100:22\"",
        "\"8000-9000:80\"", "\"127.0.0.1:8001:8001\"", "\"127.0.0.1:5000-5010:5000-5010\"", "\"::1:6000:6000\"",
        "\"[::1]:6001:6001\"", "\"6060:6060/udp\"", "\"53:53/sctp\"", "\"127.0.0.1::80\"", "80", "0", "65535",
        "8080:80"})
    void acceptsTheShortSyntax(String value) {
        assertThat(problems(withPort(value))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'\"9090-9092:8080-8081\"' | invalid port \"9090-9092:8080-8081\": the host range 9090-9092 has 3 ports "
            + "but the container range 8080-8081 has 2",
        "70000                     | invalid port 70000: 70000 is not a port number from 0 to 65535",
        "'\"8080:65536\"'          | invalid port \"8080:65536\": 65536 is not a port number from 0 to 65535",
        "'\"80/tcpx\"'             | invalid port \"80/tcpx\": unknown protocol \"tcpx\"; expected tcp, udp or sctp",
        "'\"1.2.3:80:80\"'         | invalid port \"1.2.3:80:80\": \"1.2.3\" is not an IP address",
        "'\"http\"'                | invalid port \"http\": \"http\" is not a port number",
        "'\"8081-8080\"'           | invalid port \"8081-8080\": the range 8081-8080 ends before it starts",
        "'\"8080:\"'               | invalid port \"8080:\": the container port is missing; expected "
            + "[[IP:]HOST:]CONTAINER[/PROTOCOL], such as \"8080:80\" or \"127.0.0.1:53:53/udp\"",
        "'\"[::1:80:80\"'          | invalid port \"[::1:80:80\": expected [[IP:]HOST:]CONTAINER[/PROTOCOL], "
            + "such as \"8080:80\" or \"127.0.0.1:53:53/udp\"",
        "'\"[1.2.3.4]:80:80\"'     | invalid port \"[1.2.3.4]:80:80\": \"1.2.3.4\" is not an IPv6 address"})
    void reportsWhatTheShortSyntaxCannotMean(String value, String message) {
        assertThat(problems(withPort(value))).containsExactly("compose.yaml:5:9: services.web.ports.0: " + message);
    }

    @Test
    void checksEveryFieldOfTheLongSyntax() {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    ports:
                      - name: web
                        target: 80
                        published: "8080-8090"
                        host_ip: 127.0.0.1
                        protocol: tcp
                        app_protocol: http
                        mode: host
                      - target: 70000
                        published: 90-80
                        host_ip: localhost
                        protocol: icmp
                        mode: bridge
                      - target: 80-81
                """)).containsExactly(
                "compose.yaml:12:17: services.web.ports.1.target: invalid port 70000: 70000 is not a port number "
                        + "from 0 to 65535",
                "compose.yaml:13:20: services.web.ports.1.published: invalid port \"90-80\": the range 90-80 ends "
                        + "before it starts",
                "compose.yaml:14:18: services.web.ports.1.host_ip: expected an IP address, found \"localhost\"",
                "compose.yaml:15:19: services.web.ports.1.protocol: unknown protocol \"icmp\"; expected tcp, udp or "
                        + "sctp",
                "compose.yaml:16:15: services.web.ports.1.mode: expected \"host\" or \"ingress\", found \"bridge\"",
                "compose.yaml:17:17: services.web.ports.2.target: invalid port \"80-81\": expected a single port, "
                        + "not a range");
    }

    @Test
    void checksExposedPorts() {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    expose:
                      - "3000"
                      - 8000
                      - "8080-8085/tcp"
                      - "9000/http"
                      - "99999"
                """)).containsExactly(
                "compose.yaml:8:9: services.web.expose.3: invalid exposed port \"9000/http\": unknown protocol "
                        + "\"http\"; expected tcp, udp or sctp",
                "compose.yaml:9:9: services.web.expose.4: invalid exposed port \"99999\": 99999 is not a port number "
                        + "from 0 to 65535");
    }
}
