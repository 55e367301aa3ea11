package dev.berth.engine.lock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LockHolderTest {

    private static final Instant T0 = Instant.parse("2026-11-27T01:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(30);

    @Test
    void theHolderRoundTripsThroughLabels() {
        LockHolder holder = new LockHolder("tok", "alice@build-7 (pid 42)", T0, T0.plus(LEASE));
        Map<String, String> labels = holder.labels("env.shop");
        assertThat(labels).containsEntry(LockHolder.SCOPE, "env.shop").containsEntry(LockHolder.HOLDER, "alice@build-7 (pid 42)");
        assertThat(LockHolder.of(labels)).isEqualTo(holder);
        assertThat(holder.describe()).isEqualTo("alice@build-7 (pid 42) since 2026-11-27T01:00:00Z");
    }

    @Test
    void labelsThatNameNoHolderAreNoHolder() {
        assertThat(LockHolder.of(Map.of())).isNull();
        assertThat(LockHolder.of(Map.of(LockHolder.TOKEN, "t", LockHolder.SINCE, "yesterday",
                LockHolder.LEASE_UNTIL, T0.toString()))).isNull();
    }

    @Test
    void aLeaseIsOverOnlyPastTheClockSkewAllowance() {
        LockHolder holder = new LockHolder("tok", "alice", T0, T0.plus(LEASE));
        assertThat(holder.leaseOver(T0.plus(LEASE).plusSeconds(59))).isFalse();
        assertThat(holder.leaseOver(T0.plus(LEASE).plusSeconds(61))).isTrue();
        assertThat(holder.renewed(T0.plusSeconds(300)).leaseOver(T0.plusSeconds(200))).isFalse();
    }

    @Test
    void aWaiterCallsAHolderDeadWhenItsVersionStoodStillForALease() {
        LeaseWatch watch = new LeaseWatch(LEASE);
        long s = 1_000_000_000L;
        assertThat(watch.stale("id", 5, 0)).isFalse();
        assertThat(watch.stale("id", 5, 29 * s)).isFalse();
        assertThat(watch.stale("id", 6, 40 * s)).as("renewed: the clock starts again").isFalse();
        assertThat(watch.stale("id", 6, 69 * s)).isFalse();
        assertThat(watch.stale("id", 6, 71 * s)).isTrue();
        assertThat(watch.stale("other", 6, 72 * s)).as("a new lock object").isFalse();
    }
}
