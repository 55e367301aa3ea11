package dev.berth.server.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed authentications per remote address in a sliding window: past the limit, that address
 * is refused (429) until its oldest failure leaves the window — guessing tokens or passwords
 * gets slow, and a user with the right token is not locked out for long.
 */
public final class FailedAuthLimit {

    private final int maxFailures;
    private final Duration window;
    private static final int SWEEP_ABOVE = 1024;

    // each address's deque is only touched inside the map's atomic compute calls
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private volatile Instant lastSweep;

    public FailedAuthLimit(int maxFailures, Duration window) {
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** Seconds until the address may try again; 0 when it may now. */
    public long retryAfter(String remote, Instant now) {
        long[] seconds = {0};
        failures.computeIfPresent(remote, (k, times) -> {
            prune(times, now);
            if (times.size() >= maxFailures) {
                seconds[0] = Math.max(1, Duration.between(now, times.peekFirst().plus(window)).toSeconds());
            }
            return times.isEmpty() ? null : times;
        });
        return seconds[0];
    }

    public void failed(String remote, Instant now) {
        failures.compute(remote, (k, times) -> {
            Deque<Instant> t = times == null ? new ArrayDeque<>() : times;
            prune(t, now);
            t.addLast(now);
            return t;
        });
        Instant last = lastSweep;
        if (failures.size() > SWEEP_ABOVE && (last == null || now.isAfter(last.plusSeconds(10)))) {
            lastSweep = now;
            // addresses that failed once and never came back: forgotten once their window has passed
            failures.keySet().forEach(address -> failures.computeIfPresent(address, (k, times) -> {
                prune(times, now);
                return times.isEmpty() ? null : times;
            }));
        }
    }

    /** How many addresses it remembers (those with failures inside the window, give or take a sweep). */
    int remembered() {
        return failures.size();
    }

    private void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
            times.removeFirst();
        }
    }
}
