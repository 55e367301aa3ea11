package dev.berth.engine.lock;

import dev.berth.engine.Labels;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who holds a lock of Berth's on the cluster, as the labels of the lock's object record it.
 *
 * @param token tells this holder from another one of the same user, host and pid
 * @param holder user, host and pid, for people to read
 * @param since when the holder took the lock
 * @param leaseUntil until when the holder promised to renew the lease (its own clock)
 */
public record LockHolder(String token, String holder, Instant since, Instant leaseUntil) {

    public static final String SCOPE = Labels.LOCK;
    public static final String TOKEN = Labels.LOCK_TOKEN;
    public static final String HOLDER = Labels.LOCK_HOLDER;
    public static final String SINCE = Labels.LOCK_SINCE;
    public static final String LEASE_UNTIL = Labels.LOCK_LEASE_UNTIL;
    public static final String PORTS = Labels.LOCK_PORTS;

    /** How much the clocks of two hosts may differ before a lease read on another host misleads. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    public Map<String, String> labels(String scope) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(SCOPE, scope);
        labels.put(TOKEN, token);
        labels.put(HOLDER, holder);
        labels.put(SINCE, since.toString());
        labels.put(LEASE_UNTIL, leaseUntil.toString());
        return labels;
    }

    /** The holder the labels name; null when they name none (not a lock, or one written by hand). */
    public static LockHolder of(Map<String, String> labels) {
        try {
            String token = labels.get(TOKEN);
            if (token == null || !labels.containsKey(SINCE) || !labels.containsKey(LEASE_UNTIL)) {
                return null;
            }
            return new LockHolder(token, labels.getOrDefault(HOLDER, "?"), Instant.parse(labels.get(SINCE)),
                    Instant.parse(labels.get(LEASE_UNTIL)));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public LockHolder renewed(Instant until) {
        return new LockHolder(token, holder, since, until);
    }

    /**
     * Whether the lease has certainly run out, even if this host's clock is behind the holder's
     * by {@link #CLOCK_SKEW}. A waiter on the same lock does not rely on clocks; see {@link LeaseWatch}.
     */
    public boolean leaseOver(Instant now) {
        return leaseUntil.plus(CLOCK_SKEW).isBefore(now);
    }

    /** "alice@build-7 (pid 4242) since 2026-11-27T01:02:03Z" */
    public String describe() {
        return holder + " since " + since.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }
}
