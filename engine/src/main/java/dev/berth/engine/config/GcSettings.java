package dev.berth.engine.config;

import java.time.Duration;
import java.util.List;

/**
 * {@code berth gc}.
 *
 * @param imageAge images no container has used for this long are removed from the nodes
 * @param keepImages images never removed by the age rule (references such as {@code busybox:1.36})
 */
public record GcSettings(Duration imageAge, List<String> keepImages) {

    public static final Duration DEFAULT_IMAGE_AGE = Duration.ofDays(7);

    public GcSettings {
        keepImages = List.copyOf(keepImages);
    }

    static GcSettings defaults() {
        return new GcSettings(DEFAULT_IMAGE_AGE, List.of());
    }

    static GcSettings read(ConfigValues v) {
        return new GcSettings(v.duration("image-age", DEFAULT_IMAGE_AGE), v.strings("keep-images", List.of()));
    }
}
