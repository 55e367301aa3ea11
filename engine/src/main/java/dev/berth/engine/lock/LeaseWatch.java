package dev.berth.engine.lock;

import java.time.Duration;

/**
 * How a waiter tells that a lock's holder died, without trusting anyone's clock: the holder
 * renews its lease (and so changes the lock's version) at least once per lease; when the waiter
 * sees the same version for longer than a lease on its own monotonic clock, the holder is gone.
 */
public final class LeaseWatch {

    private final long leaseNanos;
    private String seenId;
    private long seenVersion = -1;
    private long seenAt;

    public LeaseWatch(Duration lease) {
        this.leaseNanos = lease.toNanos();
    }

    /**
     * Records what the waiter sees at {@code nanos} (from {@link System#nanoTime()}): the lock's
     * ID and version. Returns true when that version has stood for longer than a lease.
     */
    public boolean stale(String id, long version, long nanos) {
        if (!id.equals(seenId) || version != seenVersion) {
            seenId = id;
            seenVersion = version;
            seenAt = nanos;
            return false;
        }
        return nanos - seenAt > leaseNanos;
    }
}
