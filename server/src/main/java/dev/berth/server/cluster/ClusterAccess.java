package dev.berth.server.cluster;

import dev.berth.engine.config.AdmissionSettings;
import dev.berth.engine.config.PortSettings;
import dev.berth.engine.network.Cidr;
import dev.berth.swarm.client.SwarmClient;
import java.util.List;

/**
 * How jobs reach the cluster, as the command line does: the manager, the node engines, the
 * address pools, the IPVS setting and probe image of {@code up}, the range of published ports
 * and the admission defaults.
 */
public record ClusterAccess(SwarmClient manager, List<SwarmClient> nodes, List<Cidr> pools, Boolean ipvs,
                            String probeImage, PortSettings ports, AdmissionSettings admission) {

    public ClusterAccess {
        nodes = List.copyOf(nodes);
        pools = List.copyOf(pools);
    }

    /** With the default port range and admission defaults. */
    public ClusterAccess(SwarmClient manager, List<SwarmClient> nodes, List<Cidr> pools, Boolean ipvs,
                         String probeImage) {
        this(manager, nodes, pools, ipvs, probeImage,
                new PortSettings(PortSettings.DEFAULT_FIRST, PortSettings.DEFAULT_LAST),
                new AdmissionSettings(AdmissionSettings.DEFAULT_RESERVATION, AdmissionSettings.DEFAULT_LIMIT));
    }
}
