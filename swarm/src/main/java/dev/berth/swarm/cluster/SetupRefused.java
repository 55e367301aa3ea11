package dev.berth.swarm.cluster;

/** The command line must say more (an address to advertise, another pool); nothing was changed. */
public final class SetupRefused extends RuntimeException {

    public SetupRefused(String message) {
        super(message);
    }
}
