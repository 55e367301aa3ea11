package dev.berth.engine.lifecycle;

import dev.berth.engine.Labels;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;

/**
 * When an environment expires, as the {@link Labels#EXPIRES} label of its resources says.
 * Services carry the current expiry ({@code berth extend} changes only their labels); networks
 * and configs keep the one they were created with, so they count only for an environment that
 * has no service.
 */
public final class Expiry {

    private Expiry() {
    }

    /** The label's instant; null for none or one that does not read. */
    public static Instant of(Map<String, String> labels) {
        String value = labels.get(Labels.EXPIRES);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The environment's expiry; null when it never expires. The latest label wins. */
    public static Instant ofEnvironment(Collection<Map<String, String>> services, Collection<Map<String, String>> others) {
        return latest(services.isEmpty() ? others : services);
    }

    private static Instant latest(Collection<Map<String, String>> labels) {
        Instant latest = null;
        for (Map<String, String> l : labels) {
            Instant e = of(l);
            if (e == null) {
                return null;
            }
            latest = latest == null || e.isAfter(latest) ? e : latest;
        }
        return latest;
    }

    /** Expiry for {@code up}: {@code ttl} from now; zero means never. */
    public static Instant after(Duration ttl, Instant now) {
        return ttl.isZero() ? null : now.plus(ttl).truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * {@code berth extend}: {@code by} more, counted from the current expiry, or from now when
     * the environment has already expired — an extension never shortens a lifetime and always
     * leaves at least {@code by}. An environment that never expires keeps never expiring (null).
     */
    public static Instant extend(Instant current, Duration by, Instant now) {
        if (current == null) {
            return null;
        }
        Instant from = current.isBefore(now) ? now : current;
        return from.plus(by).truncatedTo(ChronoUnit.SECONDS);
    }

    public static boolean expired(Instant expires, Instant now) {
        return expires != null && !expires.isAfter(now);
    }
}
