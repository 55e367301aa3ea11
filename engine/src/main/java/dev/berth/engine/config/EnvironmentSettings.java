package dev.berth.engine.config;

import java.time.Duration;

/**
 * @param ttl how long an environment lives unless extended; zero = no expiry
 * @param waitLock how long {@code up} and {@code down} wait for another command on the same environment
 */
public record EnvironmentSettings(Duration ttl, Duration waitLock) {

    public static final Duration DEFAULT_TTL = Duration.ZERO;
    public static final Duration DEFAULT_WAIT_LOCK = Duration.ofMinutes(2);

    static EnvironmentSettings defaults() {
        return new EnvironmentSettings(DEFAULT_TTL, DEFAULT_WAIT_LOCK);
    }

    static EnvironmentSettings read(ConfigValues v) {
        return new EnvironmentSettings(v.duration("ttl", DEFAULT_TTL), v.duration("wait-lock", DEFAULT_WAIT_LOCK));
    }
}
