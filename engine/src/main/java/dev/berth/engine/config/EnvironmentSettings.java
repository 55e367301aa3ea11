package dev.berth.engine.config;

import java.time.Duration;

/** @param ttl how long an environment lives unless extended; zero = no expiry */
public record EnvironmentSettings(Duration ttl) {

    public static final Duration DEFAULT_TTL = Duration.ZERO;

    static EnvironmentSettings defaults() {
        return new EnvironmentSettings(DEFAULT_TTL);
    }

    static EnvironmentSettings read(ConfigValues v) {
        return new EnvironmentSettings(v.duration("ttl", DEFAULT_TTL));
    }
}
