package dev.berth.swarm.cluster;

import dev.berth.engine.cluster.HostFacts;
import java.util.List;

/** The command line must say more (an address to advertise, another pool); nothing was changed. */
public final class SetupRefused extends RuntimeException {

    private final List<HostFacts.HostAddress> candidates;

    public SetupRefused(String message) {
        this(message, List.of());
    }

    /** @param candidates the addresses to choose from when the refusal is that there are several */
    public SetupRefused(String message, List<HostFacts.HostAddress> candidates) {
        super(message);
        this.candidates = List.copyOf(candidates);
    }

    /** The addresses the engine has when it was refused for having several; empty otherwise. */
    public List<HostFacts.HostAddress> candidates() {
        return candidates;
    }
}
