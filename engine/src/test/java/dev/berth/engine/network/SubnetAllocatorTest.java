package dev.berth.engine.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubnetAllocatorTest {

    private static List<Cidr> cidrs(String... texts) {
        return java.util.Arrays.stream(texts).map(Cidr::parse).toList();
    }

    @Test
    void allocatesTheLowestFreeBlocksInOrder() {
        SubnetAllocator allocator = new SubnetAllocator(cidrs("10.200.0.0/16"), 24, List.of());
        assertThat(allocator.allocate()).hasToString("10.200.0.0/24");
        assertThat(allocator.allocate()).hasToString("10.200.1.0/24");
    }

    @Test
    void skipsNetworksAndRoutesThatOverlap() {
        SubnetAllocator allocator = new SubnetAllocator(cidrs("10.200.0.0/16"), 24,
                cidrs("10.200.0.0/24", "10.200.1.128/25", "10.200.2.0/23", "10.199.0.0/16"));
        assertThat(allocator.allocate()).hasToString("10.200.4.0/24");
    }

    @Test
    void jumpsPastALargeClashQuickly() {
        SubnetAllocator allocator = new SubnetAllocator(cidrs("10.0.0.0/8"), 24, cidrs("10.0.0.0/9"));
        assertThat(allocator.allocate()).hasToString("10.128.0.0/24");
    }

    @Test
    void usesTheNextPoolWhenOneIsFull() {
        SubnetAllocator allocator = new SubnetAllocator(cidrs("10.200.0.0/23", "172.30.0.0/24"), 24,
                cidrs("10.200.0.0/24"));
        assertThat(allocator.allocate()).hasToString("10.200.1.0/24");
        assertThat(allocator.allocate()).hasToString("172.30.0.0/24");
    }

    @Test
    void anExhaustedPoolIsAClearError() {
        // every engine reports the same overlay network: counted once
        SubnetAllocator allocator = new SubnetAllocator(cidrs("10.200.0.0/23"), 24,
                cidrs("10.200.0.0/24", "10.200.0.0/24", "10.90.0.0/24"));
        allocator.allocate();
        assertThatThrownBy(allocator::allocate)
                .isInstanceOf(SubnetAllocator.PoolExhaustedException.class)
                .hasMessage("no free /24 subnet is left in the address pool 10.200.0.0/23: 2 networks and routes"
                        + " overlap it; widen network.pools in Berth's configuration file, or remove environments"
                        + " (berth ls, berth down)");
    }

    @Test
    void parsesAndPrintsCidrs() {
        Cidr c = Cidr.parse("192.168.7.9/24");
        assertThat(c).hasToString("192.168.7.0/24");
        assertThat(c.host(1)).isEqualTo("192.168.7.1");
        assertThat(c.overlaps(Cidr.parse("192.168.0.0/16"))).isTrue();
        assertThat(c.overlaps(Cidr.parse("192.168.8.0/24"))).isFalse();
        assertThatThrownBy(() -> Cidr.parse("192.168.7.300/24")).hasMessageContaining("expected an IPv4 address");
        assertThatThrownBy(() -> Cidr.parse("fe80::/64")).hasMessageContaining("expected an IPv4");
    }
}
