package dev.berth.engine.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.cluster.HostFacts.HostAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdvertiseAddressTest {

    @Test
    void theOneAddressOutsideDockersOwnInterfacesIsChosen() {
        AdvertiseAddress.Choice choice = AdvertiseAddress.choose(HostFacts.parse(HostFactsTest.OUTPUT).addresses().stream()
                .filter(a -> !a.address().equals("172.16.213.21")).toList());
        assertThat(choice).isEqualTo(new AdvertiseAddress.One(new HostAddress("172.16.213.11", 24, "eth0")));
    }

    @Test
    void severalCandidatesAreListedNotGuessed() {
        AdvertiseAddress.Choice choice = AdvertiseAddress.choose(HostFacts.parse(HostFactsTest.OUTPUT).addresses());
        assertThat(choice).isInstanceOf(AdvertiseAddress.Several.class);
        List<HostAddress> candidates = ((AdvertiseAddress.Several) choice).candidates();
        assertThat(AdvertiseAddress.refusal("unix:///run/node1.sock", candidates)).isEqualTo("""
                the engine at unix:///run/node1.sock has 2 addresses other nodes could use; Berth does not guess.\
                 Choose one with --advertise-addr:
                  172.16.213.11   eth0
                  172.16.213.21   eth0""");
    }

    @Test
    void loopbackLinkLocalBridgesAndVethsAreNoCandidates() {
        List<HostAddress> addresses = List.of(new HostAddress("127.0.0.1", 8, "lo"),
                new HostAddress("169.254.3.1", 16, "eth1"), new HostAddress("172.18.0.1", 16, "br-1a2b3c"),
                new HostAddress("172.19.0.1", 16, "veth12ab"), new HostAddress("172.17.0.1", 16, "docker0"));
        assertThat(AdvertiseAddress.choose(addresses)).isEqualTo(new AdvertiseAddress.None());
        assertThat(AdvertiseAddress.none("tcp://10.1.1.1:2376")).contains("give one with --advertise-addr");
    }
}
