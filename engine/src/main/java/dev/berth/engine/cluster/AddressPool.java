package dev.berth.engine.cluster;

import dev.berth.engine.cluster.HostFacts.Route;
import dev.berth.engine.network.Cidr;
import dev.berth.engine.network.SubnetAllocator;
import java.util.ArrayList;
import java.util.List;

/**
 * The default address pool of a new swarm: where Swarm takes subnets of overlay networks that
 * name none (ingress among them). Docker's own default, 10.0.0.0/8, shadows any 10.x network
 * the host routes to (a VPN, the office LAN); Berth takes the first private /16 that overlaps
 * no route of the host and none of Berth's own pools.
 */
public final class AddressPool {

    static final List<Cidr> PRIVATE = List.of(Cidr.parse("10.0.0.0/8"), Cidr.parse("172.16.0.0/12"),
            Cidr.parse("192.168.0.0/16"));
    public static final int POOL_PREFIX = 16;
    public static final int DEFAULT_MASK_LENGTH = 24;

    private AddressPool() {
    }

    public static Cidr choose(List<Route> routes, List<Cidr> berthPools) {
        List<Cidr> taken = new ArrayList<>(berthPools);
        routes.forEach(r -> taken.add(r.destination()));
        try {
            return new SubnetAllocator(PRIVATE, POOL_PREFIX, taken).allocate();
        } catch (SubnetAllocator.PoolExhaustedException e) {
            throw new IllegalArgumentException("every private /16 overlaps a route of the host or one of Berth's pools;"
                    + " give a pool with --default-addr-pool");
        }
    }

    /** The routes a given pool overlaps; empty when it is safe. */
    public static List<Route> overlapping(Cidr pool, List<Route> routes) {
        return routes.stream().filter(r -> r.destination().overlaps(pool)).toList();
    }
}
