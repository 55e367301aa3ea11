package dev.berth.compose.schema;

import static dev.berth.compose.schema.Validate.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressTest {

    @Test
    void acceptsAddressesWhereverTheSpecificationHasThem() {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    dns: [8.8.8.8, "2001:4860:4860::8888"]
                    extra_hosts:
                      - "somehost=162.242.195.82"
                      - "otherhost:50.31.209.229"
                      - "myhostv6=::1"
                      - "myhostv6b=[::1]"
                      - "myhostv6c:::1"
                      - "host.docker.internal:host-gateway"
                    networks:
                      back:
                        ipv4_address: 172.16.238.10
                        ipv6_address: "2001:3984:3989::10"
                        link_local_ips: [169.254.8.8, "fe80::1"]
                  api:
                    image: api
                    dns: 1.1.1.1
                    extra_hosts:
                      db: 10.0.0.5
                      multi: ["10.0.0.6", "::ffff:10.0.0.7"]
                networks:
                  back:
                    ipam:
                      config:
                        - subnet: 172.16.238.0/24
                          ip_range: 172.16.238.128/25
                          gateway: 172.16.238.1
                          aux_addresses:
                            router: 172.16.238.2
                        - subnet: "2001:3984:3989::/64"
                """)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.1.1.1", "01.2.3.4", "1.2.3", "1.2.3.4.5", "::1", "a.b.c.d", "\"\""})
    void reportsWhatIsNoIpv4Address(String value) {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    networks:
                      back:
                        ipv4_address: %s
                """.formatted(value))).containsExactly("compose.yaml:6:23: services.web.networks.back.ipv4_address: "
                + "expected an IPv4 address, found \"" + value.replace("\"", "") + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"2001:::1\"", "\"1::2::3\"", "1.2.3.4", "\"12345::1\"", "\"1:2:3:4:5:6:7:8:9\"",
        "\"fe80::1%eth0\"", "\"1.2.3.4::\"", "\"g::1\""})
    void reportsWhatIsNoIpv6Address(String value) {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    networks:
                      back:
                        ipv6_address: %s
                """.formatted(value))).containsExactly("compose.yaml:6:23: services.web.networks.back.ipv6_address: "
                + "expected an IPv6 address, found \"" + value.replace("\"", "") + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"::\"", "\"::ffff:1.2.3.4\"", "\"1:2:3:4:5:6:7::\"", "\"1:2:3:4:5:6:7:8\"",
        "\"FE80::A\""})
    void acceptsIpv6AddressesInEveryForm(String value) {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    networks:
                      back:
                        ipv6_address: %s
                """.formatted(value))).isEmpty();
    }

    @Test
    void reportsBadDnsServersAndExtraHosts() {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    dns: dns.example.com
                    extra_hosts:
                      - "somehost=162.242.195"
                      - "nohost"
                  api:
                    image: api
                    dns: [8.8.8.8, 8.8.4]
                    extra_hosts:
                      db: database
                """)).containsExactly(
                "compose.yaml:4:10: services.web.dns: expected an IP address, found \"dns.example.com\"",
                "compose.yaml:6:9: services.web.extra_hosts.0: invalid extra host \"somehost=162.242.195\": "
                        + "\"162.242.195\" is not an IP address",
                "compose.yaml:7:9: services.web.extra_hosts.1: expected HOSTNAME=IP such as "
                        + "\"somehost=162.242.195.82\", found \"nohost\"",
                "compose.yaml:10:20: services.api.dns.1: expected an IP address, found \"8.8.4\"",
                "compose.yaml:12:11: services.api.extra_hosts.db: expected an IP address or \"host-gateway\", "
                        + "found \"database\"");
    }

    @Test
    void reportsBadSubnetsRangesAndGateways() {
        assertThat(problems("""
                networks:
                  back:
                    ipam:
                      config:
                        - subnet: 172.16.238.0
                          ip_range: 172.16.238.0/33
                          gateway: 172.16.238.256
                          aux_addresses:
                            router: gateway
                        - subnet: "fd00::/129"
                """)).containsExactly(
                "compose.yaml:5:19: networks.back.ipam.config.0.subnet: expected a subnet in CIDR notation such as "
                        + "\"10.5.0.0/16\", found \"172.16.238.0\"",
                "compose.yaml:6:21: networks.back.ipam.config.0.ip_range: expected a subnet in CIDR notation such as "
                        + "\"10.5.0.0/16\", found \"172.16.238.0/33\"",
                "compose.yaml:7:20: networks.back.ipam.config.0.gateway: expected an IP address, "
                        + "found \"172.16.238.256\"",
                "compose.yaml:9:21: networks.back.ipam.config.0.aux_addresses.router: expected an IP address, "
                        + "found \"gateway\"",
                "compose.yaml:10:19: networks.back.ipam.config.1.subnet: expected a subnet in CIDR notation such as "
                        + "\"10.5.0.0/16\", found \"fd00::/129\"");
    }
}
