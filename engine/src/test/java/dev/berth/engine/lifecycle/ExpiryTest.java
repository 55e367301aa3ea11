package dev.berth.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.Labels;
import dev.berth.engine.gc.ExpiredEnvironments;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpiryTest {

    private static final Instant NOW = Instant.parse("2026-11-27T01:00:00Z");

    private static Map<String, String> expires(String value) {
        return Map.of(Labels.EXPIRES, value);
    }

    @Test
    void readsTheLabelAndIgnoresOneThatDoesNotRead() {
        assertThat(Expiry.of(expires("2026-11-27T09:00:00Z"))).isEqualTo(NOW.plus(Duration.ofHours(8)));
        assertThat(Expiry.of(expires("tomorrow"))).isNull();
        assertThat(Expiry.of(Map.of())).isNull();
    }

    @Test
    void servicesSayWhenAnEnvironmentExpiresAndTheLatestWins() {
        var services = List.of(expires("2026-11-27T05:00:00Z"), expires("2026-11-27T09:00:00Z"));
        var networks = List.of(expires("2026-11-27T02:00:00Z"));
        assertThat(Expiry.ofEnvironment(services, networks)).isEqualTo(Instant.parse("2026-11-27T09:00:00Z"));
        assertThat(Expiry.ofEnvironment(List.of(), networks)).isEqualTo(Instant.parse("2026-11-27T02:00:00Z"));
        assertThat(Expiry.ofEnvironment(List.of(expires("2026-11-27T05:00:00Z"), new HashMap<>()), networks))
                .as("a service without expiry keeps the environment").isNull();
    }

    @Test
    void aTtlOfZeroMeansNever() {
        assertThat(Expiry.after(Duration.ZERO, NOW)).isNull();
        assertThat(Expiry.after(Duration.ofHours(8), NOW)).isEqualTo(Instant.parse("2026-11-27T09:00:00Z"));
    }

    @Test
    void extendCountsFromTheCurrentExpiryOrFromNowWhenItPassed() {
        Duration four = Duration.ofHours(4);
        assertThat(Expiry.extend(NOW.plus(Duration.ofHours(2)), four, NOW)).isEqualTo(NOW.plus(Duration.ofHours(6)));
        assertThat(Expiry.extend(NOW.minus(Duration.ofHours(2)), four, NOW)).isEqualTo(NOW.plus(four));
        assertThat(Expiry.extend(null, four, NOW)).as("never stays never").isNull();
    }

    @Test
    void anEnvironmentIsExpiredFromItsExpiryOn() {
        Map<String, Instant> expiries = new HashMap<>();
        expiries.put("b-old", NOW.minusSeconds(1));
        expiries.put("a-now", NOW);
        expiries.put("later", NOW.plusSeconds(1));
        expiries.put("never", null);
        assertThat(ExpiredEnvironments.select(expiries, NOW)).containsExactly("a-now", "b-old");
    }
}
