package dev.berth.engine.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Picks subnets for an environment's networks from a pool, so that none overlaps a network
 * already on the cluster or a route of any node (the classic "my overlay shadows the office
 * LAN" trap). Deterministic: the lowest free block of the pool.
 */
public final class SubnetAllocator {

    private final List<Cidr> pools;
    private final int prefix;
    private final List<Cidr> taken;

    public SubnetAllocator(List<Cidr> pools, int prefix, Collection<Cidr> taken) {
        for (Cidr pool : pools) {
            if (pool.prefix() > prefix) {
                throw new IllegalArgumentException("pool " + pool + " is smaller than a /" + prefix + " subnet");
            }
        }
        this.pools = List.copyOf(pools);
        this.prefix = prefix;
        this.taken = new ArrayList<>(taken);
    }

    /** The next free subnet, now counted as taken; throws {@link PoolExhaustedException} when none is left. */
    public Cidr allocate() {
        for (Cidr pool : pools) {
            long step = 1L << (32 - prefix);
            for (long base = pool.base(); base + step - 1 <= pool.last(); base += step) {
                Cidr candidate = new Cidr(base, prefix);
                Cidr clash = clash(candidate);
                if (clash == null) {
                    taken.add(candidate);
                    return candidate;
                }
                // Skip past the clash in one jump when it is larger than a block.
                if (clash.last() > candidate.last()) {
                    base = ((clash.last() + 1 - pool.base()) / step) * step + pool.base() - step;
                }
            }
        }
        long inPools = taken.stream().filter(t -> pools.stream().anyMatch(t::overlaps)).distinct().count();
        throw new PoolExhaustedException(pools, prefix, inPools);
    }

    private Cidr clash(Cidr candidate) {
        for (Cidr t : taken) {
            if (t.overlaps(candidate)) {
                return t;
            }
        }
        return null;
    }

    /** No free subnet is left in the pool. */
    public static final class PoolExhaustedException extends RuntimeException {
        PoolExhaustedException(List<Cidr> pools, int prefix, long taken) {
            super("no free /" + prefix + " subnet is left in the address pool"
                    + (pools.size() == 1 ? " " + pools.get(0) : "s " + pools) + ": " + taken
                    + (taken == 1 ? " network or route overlaps it" : " networks and routes overlap it")
                    + "; widen network.pools in Berth's configuration file, or remove environments (berth ls,"
                    + " berth down)");
        }
    }
}
