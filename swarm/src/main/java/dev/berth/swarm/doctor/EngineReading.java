package dev.berth.swarm.doctor;

import dev.berth.engine.cluster.HostFacts;
import dev.berth.swarm.client.Observed.EngineInfo;
import java.time.Duration;

/**
 * What Berth saw through one node's own engine.
 *
 * @param endpoint the engine's URL
 * @param configuredName the node's name in the configuration file ("" when none)
 * @param info null when the engine did not answer
 * @param error why it did not answer, or why the host facts could not be read
 * @param clockOffset how far its clock is ahead of this machine's; null when unknown
 * @param host its addresses, routes, disk and memory; null when they could not be read
 * @param gwbridge whether it has the docker_gwbridge network
 */
public record EngineReading(String endpoint, String configuredName, EngineInfo info, String error,
                            Duration clockOffset, HostFacts host, boolean gwbridge) {

    public boolean reachable() {
        return info != null;
    }

    static EngineReading unreachable(String endpoint, String configuredName, String error) {
        return new EngineReading(endpoint, configuredName, null, error, null, null, false);
    }
}
