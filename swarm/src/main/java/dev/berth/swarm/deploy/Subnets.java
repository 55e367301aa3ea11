package dev.berth.swarm.deploy;

import dev.berth.compose.model.Network;
import dev.berth.compose.model.Project;
import dev.berth.engine.EnvironmentName;
import dev.berth.engine.network.Cidr;
import dev.berth.engine.network.SubnetAllocator;
import dev.berth.swarm.client.Observed.NetworkState;
import dev.berth.swarm.client.SwarmClient;
import dev.berth.swarm.cluster.HostReadings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Subnets for an environment's networks: an existing network keeps its own; a new one gets the
 * lowest free block of the pool that overlaps no network any reachable engine knows (overlay
 * networks of the swarm, and each node's local bridges such as docker_gwbridge) and no route of
 * any reachable node (read once per run, and only when a network needs a new subnet).
 */
final class Subnets {

    private Subnets() {
    }

    /** The IPv4 subnets of every network the given engines know, and every route of their hosts. */
    static List<Cidr> inUse(List<SwarmClient> engines, HostReadings hosts) {
        List<Cidr> taken = networksInUse(engines);
        taken.addAll(hosts.routes(engines));
        return taken;
    }

    /** The IPv4 subnets of every network the given engines know. */
    static List<Cidr> networksInUse(List<SwarmClient> engines) {
        List<Cidr> taken = new ArrayList<>();
        for (SwarmClient engine : engines) {
            for (NetworkState n : engine.networks(Map.of())) {
                n.subnets().stream().filter(Cidr::isIpv4).map(Cidr::parse).forEach(taken::add);
            }
        }
        return taken;
    }

    static Map<String, String> allocate(Project project, EnvironmentName env, List<Cidr> pools,
                                        List<SwarmClient> engines, ClusterView current, HostReadings hosts) {
        SubnetAllocator allocator = null;
        Map<String, String> subnets = new LinkedHashMap<>();
        for (Map.Entry<String, Network> e : project.networks().entrySet()) {
            Network n = e.getValue();
            if (n.external() || (n.ipam() != null && !n.ipam().config().isEmpty())) {
                continue;
            }
            NetworkState existing = current.network(env.scoped(e.getKey()));
            if (existing != null && !existing.subnets().isEmpty()) {
                subnets.put(e.getKey(), existing.subnets().get(0));
            } else {
                if (allocator == null) {
                    allocator = new SubnetAllocator(pools, 24, inUse(engines, hosts));
                }
                subnets.put(e.getKey(), allocator.allocate().toString());
            }
        }
        return subnets;
    }
}
