package dev.berth.server.cluster;

/**
 * Where the server's view of the cluster comes from: a full reading, and a signal whenever
 * the cluster may have changed. The Swarm implementation reads the manager and follows the
 * engines' event streams.
 */
public interface ClusterSource {

    ClusterSnapshot read();

    /**
     * Calls {@code onChange} whenever something may have changed, until the handle is closed;
     * {@code onLost} when the events can no longer be followed (the caller follows again later).
     */
    AutoCloseable follow(Runnable onChange, Runnable onLost);
}
