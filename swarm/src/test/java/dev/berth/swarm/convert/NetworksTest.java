package dev.berth.swarm.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.swarm.spec.Ipam;
import dev.berth.swarm.spec.IpamConfig;
import dev.berth.swarm.spec.NetworkAttachmentConfig;
import dev.berth.swarm.spec.NetworkCreate;
import dev.berth.swarm.spec.SpecJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NetworksTest {

    private static ConvertOptions subnets(Map<String, String> subnets) {
        return new ConvertOptions(true, subnets, Projects.files(Map.of()), Map.of(), "alice", null);
    }

    @Test
    void createsAnAttachableOverlayNetworkWithTheSubnetBerthAllocated() {
        Stack stack = Projects.convert("""
                services:
                  web:
                    image: nginx:1.25
                """, subnets(Map.of("default", "10.20.0.0/24")));

        assertThat(SpecJson.write(stack.networks().get(0))).startsWith("{\"Name\":\"shop-alice_default\","
                + "\"CheckDuplicate\":true,\"Driver\":\"overlay\",\"Scope\":\"swarm\",\"Attachable\":true,"
                + "\"IPAM\":{\"Config\":[{\"Subnet\":\"10.20.0.0/24\"}]},\"Labels\":{");
    }

    @Test
    void keepsTheDriverOptionsAndAddressPoolsOfTheFile() {
        Stack stack = Projects.convert("""
                services:
                  web:
                    image: nginx:1.25
                    networks: [back]
                networks:
                  back:
                    driver: overlay
                    driver_opts: {encrypted: "true"}
                    internal: true
                    enable_ipv6: true
                    ipam:
                      driver: default
                      config:
                        - subnet: 172.28.0.0/16
                          ip_range: 172.28.5.0/24
                          gateway: 172.28.5.254
                          aux_addresses: {host1: 172.28.1.5}
                """, subnets(Map.of("back", "10.20.0.0/24")));
        NetworkCreate back = stack.networks().get(0);

        assertThat(back.options()).isEqualTo(Map.of("encrypted", "true"));
        assertThat(back.internal()).isTrue();
        assertThat(back.enableIpv6()).isTrue();
        assertThat(back.ipam()).isEqualTo(new Ipam("default", List.of(new IpamConfig("172.28.0.0/16", "172.28.5.0/24",
                "172.28.5.254", Map.of("host1", "172.28.1.5"))), null));
    }

    @Test
    void givesTheAllocatedSubnetToAPoolThatHasNone() {
        Stack stack = Projects.convert("""
                services:
                  web:
                    image: nginx:1.25
                    networks: [back]
                networks:
                  back:
                    ipam:
                      config:
                        - ip_range: 10.20.0.128/25
                """, subnets(Map.of("back", "10.20.0.0/24")));

        assertThat(stack.networks().get(0).ipam().config()).containsExactly(new IpamConfig("10.20.0.0/24", "10.20.0.128/25",
                null, null));
    }

    @Test
    void createsOnlyTheNetworksServicesJoinAndNoExternalOnes() {
        Stack stack = Projects.convert("""
                services:
                  web:
                    image: nginx:1.25
                    networks: [front, outside]
                  job:
                    image: busybox:1.36
                    network_mode: host
                networks:
                  front:
                  unused:
                  outside:
                    external: true
                """);

        assertThat(stack.networks()).extracting(NetworkCreate::name).containsExactly("shop-alice_default", "shop-alice_front");
    }

    @Test
    void letsServicesReachEachOtherByTheirComposeNames() {
        Stack stack = Projects.convert("""
                services:
                  web:
                    image: nginx:1.25
                    networks:
                      front:
                        aliases: [www, web]
                      back:
                  api:
                    image: api:1
                networks:
                  front:
                  back:
                """);

        assertThat(stack.services().get("web").taskTemplate().networks()).containsExactly(
                new NetworkAttachmentConfig("shop-alice_back", List.of("web"), null),
                new NetworkAttachmentConfig("shop-alice_front", List.of("web", "www"), null));
        assertThat(stack.services().get("api").taskTemplate().networks()).containsExactly(
                new NetworkAttachmentConfig("shop-alice_default", List.of("api"), null));
    }

    @Test
    void givesNoAliasesOnTheHostsOwnNetworks() {
        Stack stack = Projects.convert("""
                services:
                  agent:
                    image: agent:1
                    networks: [hostnet]
                networks:
                  hostnet:
                    external: true
                    name: host
                """);

        assertThat(stack.services().get("agent").taskTemplate().networks()).containsExactly(
                new NetworkAttachmentConfig("host", null, null));
    }

    @Test
    void warnsThatSwarmAssignsTheAddressesOfTasks() {
        assertThat(Projects.warnings("""
                services:
                  db:
                    image: mysql:8.0
                    networks:
                      back:
                        ipv4_address: 172.28.0.10
                        mac_address: 02:42:ac:11:00:02
                networks:
                  back:
                """)).containsExactly(
                "services.db.networks.back.ipv4_address: Docker Swarm assigns the addresses of a service's tasks itself;"
                        + " ignored",
                "services.db.networks.back.mac_address: Docker Swarm assigns the addresses of a service's tasks itself;"
                        + " ignored");
    }
}
