package dev.berth.swarm.deploy;

import dev.berth.engine.Labels;
import dev.berth.engine.deploy.DeployEvent;
import dev.berth.engine.deploy.DeployListener;
import dev.berth.engine.network.Cidr;
import dev.berth.engine.network.SubnetAllocator;
import dev.berth.engine.plan.Change;
import dev.berth.swarm.client.Observed.NetworkState;
import dev.berth.swarm.client.SwarmClient;
import dev.berth.swarm.spec.Ipam;
import dev.berth.swarm.spec.IpamConfig;
import dev.berth.swarm.spec.NetworkCreate;
import dev.berth.swarm.spec.SpecHash;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates an environment's networks with the subnets Berth allocated. Two {@code up}s running
 * at once may pick the same free block; Swarm then allocates it to one network and leaves the
 * other without addresses (its tasks would wait forever). So Berth checks that its network got
 * the subnet it asked for, and otherwise removes it and tries a free block picked at random.
 */
final class NetworkCreation {

    private static final int ATTEMPTS = 20;
    private static final java.util.Random RANDOM = new java.security.SecureRandom();

    private final SwarmClient client;
    private final List<Cidr> pools;
    private final java.util.function.Supplier<List<Cidr>> routes;

    /** {@code routes}: the routes of the nodes, which a retried subnet must avoid too. */
    NetworkCreation(SwarmClient client, List<Cidr> pools, java.util.function.Supplier<List<Cidr>> routes) {
        this.client = client;
        this.pools = pools;
        this.routes = routes;
    }

    void create(Change change, NetworkCreate spec, boolean allocated, DeployListener listener) throws InterruptedException {
        NetworkCreate current = spec;
        List<String> tried = new ArrayList<>();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String id = client.createNetwork(current);
            String subnet = subnet(current);
            if (!allocated || subnet == null || gotSubnet(id, subnet)) {
                listener.on(new DeployEvent.Applied(change));
                return;
            }
            tried.add(subnet);
            removeAndWait(id);
            Thread.sleep(RANDOM.nextInt(200));
            current = withSubnet(current, next(tried));
        }
        throw new IllegalStateException("network " + spec.name() + ": no free subnet could be claimed after " + ATTEMPTS
                + " attempts; too many environments are being created at once");
    }

    /** Whether Swarm allocated the subnet to this network (it does so right after creation, or never). */
    private boolean gotSubnet(String id, String subnet) throws InterruptedException {
        for (int i = 0; i < 10; i++) {
            NetworkState n = client.network(id);
            if (n != null && !n.subnets().isEmpty()) {
                return n.subnets().contains(subnet);
            }
            Thread.sleep(100);
        }
        return false;
    }

    private void removeAndWait(String id) throws InterruptedException {
        client.removeNetwork(id);
        for (int i = 0; i < 50 && client.network(id) != null; i++) {
            Thread.sleep(100);
        }
    }

    /** A free block at random among the first free ones, so that racing creators spread out. */
    private String next(List<String> tried) {
        List<Cidr> taken = new ArrayList<>(Subnets.networksInUse(List.of(client)));
        taken.addAll(routes.get());
        tried.forEach(t -> taken.add(Cidr.parse(t)));
        SubnetAllocator allocator = new SubnetAllocator(pools, 24, taken);
        List<Cidr> free = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            try {
                free.add(allocator.allocate());
            } catch (SubnetAllocator.PoolExhaustedException e) {
                break;
            }
        }
        if (free.isEmpty()) {
            return allocator.allocate().toString();
        }
        return free.get(RANDOM.nextInt(free.size())).toString();
    }

    private static String subnet(NetworkCreate spec) {
        if (spec.ipam() == null || spec.ipam().config() == null || spec.ipam().config().isEmpty()) {
            return null;
        }
        return spec.ipam().config().get(0).subnet();
    }

    private static NetworkCreate withSubnet(NetworkCreate spec, String subnet) {
        IpamConfig first = spec.ipam().config().get(0);
        Ipam ipam = new Ipam(spec.ipam().driver(), List.of(new IpamConfig(subnet, first.ipRange(), first.gateway(),
                first.auxiliaryAddresses())), spec.ipam().options());
        NetworkCreate changed = new NetworkCreate(spec.name(), spec.checkDuplicate(), spec.driver(), spec.scope(),
                spec.internal(), spec.attachable(), ipam, spec.enableIpv6(), spec.options(), spec.labels());
        return changed.withLabel(Labels.SPEC_HASH, SpecHash.of(changed));
    }
}
