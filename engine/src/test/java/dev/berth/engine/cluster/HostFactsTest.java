package dev.berth.engine.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.cluster.HostFacts.HostAddress;
import org.junit.jupiter.api.Test;

class HostFactsTest {

    static final String OUTPUT = """
            == addr
            1: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever
            2: eth0    inet 172.16.213.11/24 scope global eth0\\       valid_lft forever preferred_lft forever
            2: eth0    inet 172.16.213.21/24 scope global secondary eth0\\       valid_lft forever preferred_lft forever
            3: docker0    inet 172.16.214.1/24 brd 172.16.214.255 scope global docker0\\       valid_lft forever
            8: docker_gwbridge    inet 172.17.0.1/16 brd 172.17.255.255 scope global docker_gwbridge\\       valid_lft forever
            == route
            default via 172.16.213.1 dev eth0
            172.16.213.0/24 dev eth0 scope link  src 172.16.213.11
            172.17.0.0/16 dev docker_gwbridge scope link  src 172.17.0.1
            unreachable 10.9.0.0/16
            192.0.2.7 via 172.16.213.1 dev eth0
            == df
            Filesystem           1024-blocks    Used Available Capacity Mounted on
            overlay              264212084  24648140  81742772  23% /
            == mem
            MemAvailable:   23665428 kB
            == end
            """;

    @Test
    void readsAddressesRoutesDiskAndMemory() {
        HostFacts facts = HostFacts.parse(OUTPUT);

        assertThat(facts.addresses()).extracting(HostAddress::address, HostAddress::device).containsExactly(
                org.assertj.core.groups.Tuple.tuple("127.0.0.1", "lo"),
                org.assertj.core.groups.Tuple.tuple("172.16.213.11", "eth0"),
                org.assertj.core.groups.Tuple.tuple("172.16.213.21", "eth0"),
                org.assertj.core.groups.Tuple.tuple("172.16.214.1", "docker0"),
                org.assertj.core.groups.Tuple.tuple("172.17.0.1", "docker_gwbridge"));
        assertThat(facts.routes()).extracting(r -> r.destination() + " " + r.device()).containsExactly(
                "172.16.213.0/24 eth0", "172.17.0.0/16 docker_gwbridge", "10.9.0.0/16 ", "192.0.2.7/32 eth0");
        assertThat(facts.diskTotalBytes()).isEqualTo(264212084L * 1024);
        assertThat(facts.diskFreeBytes()).isEqualTo(81742772L * 1024);
        assertThat(facts.memoryAvailableBytes()).isEqualTo(23665428L * 1024);
    }

    @Test
    void missingSectionsLeaveSizesUnknown() {
        HostFacts facts = HostFacts.parse("== addr\n== route\n== end\n");
        assertThat(facts.addresses()).isEmpty();
        assertThat(facts.diskFreeBytes()).isEqualTo(-1);
        assertThat(facts.memoryAvailableBytes()).isEqualTo(-1);
    }
}
