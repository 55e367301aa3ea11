package dev.berth.server.cluster;

import dev.berth.engine.network.Cidr;
import dev.berth.swarm.client.SwarmClient;
import java.util.List;

/**
 * How jobs reach the cluster, as the command line does: the manager, the node engines, the
 * address pools, and the IPVS setting and probe image of {@code up}.
 */
public record ClusterAccess(SwarmClient manager, List<SwarmClient> nodes, List<Cidr> pools, Boolean ipvs,
                            String probeImage) {

    public ClusterAccess {
        nodes = List.copyOf(nodes);
        pools = List.copyOf(pools);
    }
}
