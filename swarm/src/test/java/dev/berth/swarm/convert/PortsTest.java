package dev.berth.swarm.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.swarm.spec.EndpointSpec;
import dev.berth.swarm.spec.PortConfig;
import org.junit.jupiter.api.Test;

class PortsTest {

    private static final String WEB = """
            services:
              web:
                image: nginx:1.25
                ports:
                  - "8080-8081:80-81"
                  - "9000/udp"
                  - target: 443
                    published: "8443"
                    mode: host
                    name: https
              api:
                image: api:1
            """;

    private static EndpointSpec endpoint(Stack stack, String service) {
        return stack.services().get(service).endpointSpec();
    }

    @Test
    void publishesEachPortOfARangeOnItsOwn() {
        assertThat(endpoint(Projects.convert(WEB), "web").ports()).containsExactly(
                new PortConfig(null, "tcp", 80, 8080, "ingress"),
                new PortConfig(null, "tcp", 81, 8081, "ingress"),
                new PortConfig(null, "udp", 9000, null, "ingress"),
                new PortConfig("https", "tcp", 443, 8443, "host"));
    }

    @Test
    void resolvesByVirtualIpUnlessTheFileSaysOtherwise() {
        Stack stack = Projects.convert("""
                services:
                  web:
                    image: nginx:1.25
                  db:
                    image: mysql:8.0
                    deploy:
                      endpoint_mode: dnsrr
                """);

        assertThat(endpoint(stack, "web").mode()).isEqualTo("vip");
        assertThat(endpoint(stack, "db").mode()).isEqualTo("dnsrr");
        assertThat(stack.warnings()).isEmpty();
    }

    @Test
    void withoutIpvsResolvesByDnsAndPublishesOnTheNodesThatRunTheTasks() {
        Stack stack = Projects.convert(WEB, Projects.withoutIpvs());

        assertThat(endpoint(stack, "web").mode()).isEqualTo("dnsrr");
        assertThat(endpoint(stack, "api").mode()).isEqualTo("dnsrr");
        assertThat(endpoint(stack, "web").ports()).extracting(PortConfig::publishMode).containsOnly("host");
    }

    @Test
    void withoutIpvsSaysSoOnceForTheWholeEnvironment() {
        assertThat(Projects.convert(WEB, Projects.withoutIpvs()).warnings()).containsExactly("The cluster cannot route virtual"
                + " IPs or the ingress mesh (no IPVS on its nodes): every service resolves by DNS round-robin"
                + " (endpoint_mode dnsrr) and publishes its ports in host mode, on the nodes that run its tasks");
    }

    @Test
    void publishesTheIngressPortsOfADnsServiceInHostMode() {
        Stack stack = Projects.convert("""
                services:
                  db:
                    image: mysql:8.0
                    ports: ["3306:3306"]
                    deploy:
                      endpoint_mode: dnsrr
                """);

        assertThat(endpoint(stack, "db").ports()).containsExactly(new PortConfig(null, "tcp", 3306, 3306, "host"));
        assertThat(stack.warnings()).containsExactly("services.db.ports.0.mode: endpoint_mode dnsrr cannot publish through"
                + " the ingress mesh; published in host mode");
    }

    @Test
    void publishesTheFirstPortOfAPublishedRange() {
        Stack stack = Projects.convert("""
                services:
                  web:
                    image: nginx:1.25
                    ports: ["8000-8010:80"]
                """);

        assertThat(endpoint(stack, "web").ports()).containsExactly(new PortConfig(null, "tcp", 80, 8000, "ingress"));
        assertThat(stack.warnings()).containsExactly("services.web.ports.0.published: Docker Swarm publishes one port per"
                + " target, not a range; published on 8000");
    }

    @Test
    void warnsThatAPortCannotBeBoundToOneAddress() {
        assertThat(Projects.warnings("""
                services:
                  web:
                    image: nginx:1.25
                    ports: ["127.0.0.1:8080:80"]
                """)).containsExactly("services.web.ports.0.host_ip: Docker Swarm publishes on every address of a node;"
                + " host_ip 127.0.0.1 ignored");
    }
}
