package dev.berth.engine.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.engine.cluster.HostFacts.Route;
import dev.berth.engine.network.Cidr;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressPoolTest {

    private static Route route(String cidr, String dev) {
        return new Route(Cidr.parse(cidr), dev);
    }

    @Test
    void firstPrivateBlockWhenNothingIsRouted() {
        assertThat(AddressPool.choose(List.of(), List.of())).hasToString("10.0.0.0/16");
    }

    @Test
    void skipsBlocksThatOverlapARouteOrBerthsPools() {
        List<Route> routes = List.of(route("10.0.0.0/16", "tun0"), route("10.1.4.0/24", "eth1"));
        assertThat(AddressPool.choose(routes, List.of(Cidr.parse("10.2.0.0/15")))).hasToString("10.4.0.0/16");
    }

    @Test
    void aVpnRouteForAllOfTenMovesThePoolTo172() {
        List<Route> routes = List.of(route("10.0.0.0/8", "tun0"), route("172.16.0.0/16", "eth0"),
                route("172.17.0.0/16", "docker0"));
        assertThat(AddressPool.choose(routes, List.of())).hasToString("172.18.0.0/16");
    }

    @Test
    void everyPrivateRangeRoutedIsAnError() {
        List<Route> routes = List.of(route("10.0.0.0/8", "a"), route("172.16.0.0/12", "b"), route("192.168.0.0/16", "c"));
        assertThatThrownBy(() -> AddressPool.choose(routes, List.of()))
                .hasMessageContaining("give a pool with --default-addr-pool");
    }

    @Test
    void overlappingNamesTheRoutes() {
        assertThat(AddressPool.overlapping(Cidr.parse("10.0.0.0/8"), List.of(route("10.3.0.0/16", "tun0"),
                route("192.168.1.0/24", "eth0")))).extracting(Route::device).containsExactly("tun0");
    }
}
