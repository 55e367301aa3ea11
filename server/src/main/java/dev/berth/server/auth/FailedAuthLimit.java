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
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public FailedAuthLimit(int maxFailures, Duration window) {
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** Seconds until the address may try again; 0 when it may now. */
    public long retryAfter(String remote, Instant now) {
        Deque<Instant> times = failures.get(remote);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < maxFailures) {
                return 0;
            }
            return Math.max(1, Duration.between(now, times.peekFirst().plus(window)).toSeconds());
        }
    }

    public void failed(String remote, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(remote, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(window).isAfter(now)) {
            times.removeFirst();
        }
    }
}
