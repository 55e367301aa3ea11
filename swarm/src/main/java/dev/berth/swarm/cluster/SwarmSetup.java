package dev.berth.swarm.cluster;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.engine.cluster.AddressPool;
import dev.berth.engine.cluster.AdvertiseAddress;
import dev.berth.engine.cluster.HostFacts;
import dev.berth.engine.cluster.HostFacts.Route;
import dev.berth.engine.network.Cidr;
import dev.berth.swarm.client.Observed.EngineInfo;
import dev.berth.swarm.client.Observed.SwarmState;
import dev.berth.swarm.client.SwarmClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Forms a swarm and changes membership, on the engine a client talks to: init (first manager),
 * join and leave. Decides the address to advertise and the default address pool from the
 * host's own addresses and routes instead of leaving Docker to guess.
 */
public final class SwarmSetup {

    public static final int SWARM_PORT = 2377;

    private final SwarmClient engine;
    private final HostReadings readings;

    public SwarmSetup(SwarmClient engine, HostReadings readings) {
        this.engine = engine;
        this.readings = readings;
    }

    /** @param pools empty: chosen by Berth; maskLength null: 24 */
    public record InitRequest(String advertiseAddr, List<Cidr> pools, Integer maskLength, List<Cidr> berthPools) {
    }

    public record InitResult(String nodeId, String advertiseAddr, List<Cidr> pools, int maskLength, boolean poolChosen,
                             boolean gwbridge, String workerToken, String managerToken) {
        public String managerAddress() {
            return advertiseAddr + ":" + SWARM_PORT;
        }
    }

    public record JoinResult(String nodeId, String advertiseAddr, boolean manager, boolean gwbridge) {
    }

    public InitResult init(InitRequest request) throws InterruptedException {
        requireOutside();
        String address = request.advertiseAddr();
        List<Cidr> pools = request.pools();
        boolean chosen = pools.isEmpty();
        HostFacts facts = facts();
        address = address != null ? address : advertise(facts);
        if (chosen) {
            pools = List.of(AddressPool.choose(facts.routes(), request.berthPools()));
        }
        for (Cidr pool : pools) {
            List<Route> clash = AddressPool.overlapping(pool, facts.routes());
            if (!clash.isEmpty()) {
                throw new SetupRefused("the address pool " + pool + " overlaps the route to "
                        + clash.get(0).destination() + " (dev " + clash.get(0).device() + ") on the engine at "
                        + engine.endpoint() + "; overlay networks there would shadow it. Give another --default-addr-pool");
            }
        }
        int mask = request.maskLength() == null ? AddressPool.DEFAULT_MASK_LENGTH : request.maskLength();
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("ListenAddr", "0.0.0.0:" + SWARM_PORT).put("AdvertiseAddr", address).put("SubnetSize", mask);
        pools.forEach(p -> body.withArray("DefaultAddrPool").add(p.toString()));
        String nodeId = engine.swarmInit(body);
        boolean gwbridge = awaitGwbridge();
        SwarmState swarm = engine.swarm();
        return new InitResult(nodeId, address, pools, mask, chosen, gwbridge, swarm.workerToken(), swarm.managerToken());
    }

    public JoinResult join(String token, String remote, String advertiseAddr) throws InterruptedException {
        requireOutside();
        String target = remote.contains(":") ? remote : remote + ":" + SWARM_PORT;
        String address = advertiseAddr != null ? advertiseAddr : advertise(facts());
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("ListenAddr", "0.0.0.0:" + SWARM_PORT).put("AdvertiseAddr", address).put("JoinToken", token);
        body.putArray("RemoteAddrs").add(target);
        engine.swarmJoin(body);
        EngineInfo info = engine.info();
        return new JoinResult(info.nodeId(), address, info.controlAvailable(), awaitGwbridge());
    }

    /** Leaves the swarm; false when the engine was in none. */
    public boolean leave(boolean force) {
        EngineInfo info = engine.info();
        if (info.localNodeState().equals("inactive")) {
            return false;
        }
        try {
            engine.swarmLeave(force);
        } catch (RuntimeException e) {
            if (!force && info.controlAvailable()) {
                throw new IllegalStateException(e.getMessage().strip() + " (berth cluster leave --force)", e);
            }
            throw e;
        }
        return true;
    }

    private void requireOutside() {
        EngineInfo info = engine.info();
        if (!info.localNodeState().equals("inactive")) {
            throw new IllegalStateException("the engine at " + engine.endpoint() + " is already part of a swarm (node "
                    + info.nodeId() + ", " + (info.controlAvailable() ? "manager" : "worker") + ", state "
                    + info.localNodeState() + "); run 'berth cluster leave' there first");
        }
    }

    private HostFacts facts() {
        HostReadings.Reading reading = readings.of(engine);
        if (!reading.ok()) {
            throw new IllegalStateException(reading.error());
        }
        return reading.facts();
    }

    private String advertise(HostFacts facts) {
        AdvertiseAddress.Choice choice = AdvertiseAddress.choose(facts.addresses());
        if (choice instanceof AdvertiseAddress.One one) {
            return one.address().address();
        }
        if (choice instanceof AdvertiseAddress.Several several) {
            throw new SetupRefused(AdvertiseAddress.refusal(engine.endpoint().toString(), several.candidates()),
                    several.candidates());
        }
        throw new SetupRefused(AdvertiseAddress.none(engine.endpoint().toString()));
    }

    /** Swarm makes docker_gwbridge as the node's first overlay sandbox comes up; give it a moment. */
    private boolean awaitGwbridge() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            if (engine.networks(Map.of("name", List.of("docker_gwbridge"))).stream()
                    .anyMatch(n -> n.name().equals("docker_gwbridge"))) {
                return true;
            }
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            Thread.sleep(250);
        }
    }
}
