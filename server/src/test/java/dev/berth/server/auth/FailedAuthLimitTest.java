package dev.berth.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Failed authentications per address within a window; an address whose failures passed is forgotten. */
class FailedAuthLimitTest {

    private static final Instant T0 = Instant.parse("2026-11-27T00:00:00Z");

    @Test
    void anAddressWaitsOnceItFailedTooOftenWithinTheWindow() {
        FailedAuthLimit limit = new FailedAuthLimit(3, Duration.ofMinutes(1));
        for (int i = 0; i < 3; i++) {
            assertThat(limit.retryAfter("10.0.0.1", T0.plusSeconds(i))).isZero();
            limit.failed("10.0.0.1", T0.plusSeconds(i));
        }
        assertThat(limit.retryAfter("10.0.0.1", T0.plusSeconds(10))).isEqualTo(50);
        assertThat(limit.retryAfter("10.0.0.2", T0.plusSeconds(10))).isZero();
        assertThat(limit.retryAfter("10.0.0.1", T0.plusSeconds(61))).isZero();
    }

    @Test
    void addressesWhoseFailuresPassedAreForgotten() {
        FailedAuthLimit limit = new FailedAuthLimit(10, Duration.ofMinutes(1));
        limit.failed("10.0.0.1", T0);
        limit.retryAfter("10.0.0.1", T0.plusSeconds(61));
        assertThat(limit.remembered()).isZero();
        // many addresses that never come back are swept once there are many
        for (int i = 0; i < 2000; i++) {
            limit.failed("2001:db8::" + Integer.toHexString(i), T0.plusMillis(i));
        }
        limit.failed("10.0.0.9", T0.plusSeconds(120));
        assertThat(limit.remembered()).isEqualTo(1);
    }
}
