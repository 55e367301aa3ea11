package dev.berth.swarm.convert;

import dev.berth.compose.model.IpamPool;
import dev.berth.compose.model.Network;
import dev.berth.compose.model.Service;
import dev.berth.compose.model.ServiceNetwork;
import dev.berth.swarm.spec.Ipam;
import dev.berth.swarm.spec.IpamConfig;
import dev.berth.swarm.spec.NetworkAttachmentConfig;
import dev.berth.swarm.spec.NetworkCreate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The networks the services join, created as attachable overlay networks of the environment,
 * and each service's attachments. As with {@code docker stack deploy}, only networks some
 * service joins are created, and a service that names none joins {@code default}.
 */
final class NetworkConversion {

    static final String DEFAULT = "default";
    private static final String DEFAULT_DRIVER = "overlay";
    /** Networks every node has; they take no aliases. */
    private static final Set<String> PREDEFINED = Set.of("host", "bridge", "none");

    private NetworkConversion() {
    }

    static List<NetworkCreate> networks(Conversion c) {
        Set<String> used = new TreeSet<>();
        c.project().services().values().forEach(s -> used.addAll(joined(s)));
        List<NetworkCreate> out = new ArrayList<>();
        for (String key : used) {
            Network network = c.project().networks().get(key);
            if (network == null || !network.external()) {
                out.add(create(c, key, network));
            }
        }
        out.sort(Comparator.comparing(NetworkCreate::name));
        return out;
    }

    /** The network keys a service joins. */
    static Set<String> joined(Service service) {
        return service.networks().isEmpty() ? Set.of(DEFAULT) : service.networks().keySet();
    }

    /** {@code network} is null for an implicit {@code default} the files do not define. */
    private static NetworkCreate create(Conversion c, String key, Network network) {
        String path = "networks." + key;
        String driver = network == null || network.driver() == null ? DEFAULT_DRIVER : network.driver();
        if (network != null && Boolean.FALSE.equals(network.enableIpv4())) {
            c.warn(path + ".enable_ipv4", "Engine API 1.41 cannot create a network without IPv4; ignored");
        }
        return new NetworkCreate(
                c.networkName(key),
                true,
                driver,
                "swarm",
                network != null && network.internal() ? true : null,
                // so that standalone containers (docker run --network) can join, e.g. to debug
                true,
                ipam(c, key, network),
                network != null && Boolean.TRUE.equals(network.enableIpv6()) ? true : null,
                network == null ? null : network.driverOpts(),
                c.merge(path + ".labels", network == null ? Map.of() : network.labels(), c.ownLabels(key)));
    }

    /** The explicit pools; without any subnet, the one Berth allocated for this network. */
    private static Ipam ipam(Conversion c, String key, Network network) {
        dev.berth.compose.model.Ipam given = network == null ? null : network.ipam();
        List<IpamConfig> pools = new ArrayList<>();
        if (given != null) {
            for (IpamPool pool : given.config()) {
                pools.add(new IpamConfig(pool.subnet(), pool.ipRange(), pool.gateway(), pool.auxAddresses()));
            }
        }
        String allocated = c.options().subnets().get(key);
        boolean hasSubnet = pools.stream().anyMatch(p -> p.subnet() != null);
        if (!hasSubnet && allocated != null) {
            if (pools.isEmpty()) {
                pools.add(new IpamConfig(allocated, null, null, null));
            } else {
                IpamConfig first = pools.get(0);
                pools.set(0, new IpamConfig(allocated, first.ipRange(), first.gateway(), first.auxiliaryAddresses()));
            }
        }
        if (given == null && pools.isEmpty()) {
            return null;
        }
        return new Ipam(given == null ? null : given.driver(), pools, given == null ? null : given.options());
    }

    /**
     * A service's attachments, sorted by network name. Every one carries the service's compose name
     * as an alias, so that services find each other by their short names.
     */
    static List<NetworkAttachmentConfig> attachments(Conversion c, String serviceKey, Service service) {
        List<NetworkAttachmentConfig> out = new ArrayList<>();
        for (String key : joined(service)) {
            ServiceNetwork attachment = service.networks().getOrDefault(key, ServiceNetwork.EMPTY);
            String target = c.networkName(key);
            Set<String> aliases = new LinkedHashSet<>();
            if (!PREDEFINED.contains(target)) {
                aliases.add(serviceKey);
                aliases.addAll(attachment.aliases());
            } else if (!attachment.aliases().isEmpty()) {
                c.warn("services." + serviceKey + ".networks." + key + ".aliases", "the network " + target
                        + " takes no aliases; ignored");
            }
            unsupported(c, "services." + serviceKey + ".networks." + key, attachment);
            out.add(new NetworkAttachmentConfig(target, List.copyOf(aliases), attachment.driverOpts()));
        }
        out.sort(Comparator.comparing(NetworkAttachmentConfig::target));
        return out;
    }

    private static void unsupported(Conversion c, String path, ServiceNetwork n) {
        String why = "Docker Swarm assigns the addresses of a service's tasks itself; ignored";
        if (n.ipv4Address() != null) {
            c.warn(path + ".ipv4_address", why);
        }
        if (n.ipv6Address() != null) {
            c.warn(path + ".ipv6_address", why);
        }
        if (!n.linkLocalIps().isEmpty()) {
            c.warn(path + ".link_local_ips", why);
        }
        if (n.macAddress() != null) {
            c.warn(path + ".mac_address", why);
        }
        String order = "Docker Swarm cannot order a task's networks; ignored";
        if (n.priority() != null) {
            c.warn(path + ".priority", order);
        }
        if (n.gwPriority() != null) {
            c.warn(path + ".gw_priority", order);
        }
        if (n.interfaceName() != null) {
            c.warn(path + ".interface_name", "Docker Swarm cannot name a task's network interfaces; ignored");
        }
    }
}
