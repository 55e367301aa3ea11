package dev.berth.engine.gc;

import dev.berth.engine.lifecycle.Expiry;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The environments whose expiry has passed, in name order. */
public final class ExpiredEnvironments {

    private ExpiredEnvironments() {
    }

    /** @param expiries environment → expiry (null = never) */
    public static List<String> select(Map<String, Instant> expiries, Instant now) {
        return expiries.entrySet().stream().filter(e -> Expiry.expired(e.getValue(), now)).map(Map.Entry::getKey)
                .sorted().toList();
    }
}
