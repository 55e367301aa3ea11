package dev.berth.engine.config;

import java.time.Duration;
import java.util.List;

/**
 * {@code berth gc}.
 *
 * @param imageAge images no container or service uses are removed from the nodes once they were
 *        built, loaded or last tagged this long ago
 * @param keepImages images never removed by the age rule (references such as {@code busybox:1.36};
 *        {@code *} matches any characters)
 * @param danglingAge the same age for untagged images
 */
public record GcSettings(Duration imageAge, List<String> keepImages, Duration danglingAge) {

    public static final Duration DEFAULT_IMAGE_AGE = Duration.ofDays(7);
    public static final Duration DEFAULT_DANGLING_AGE = Duration.ofHours(1);

    public GcSettings {
        keepImages = List.copyOf(keepImages);
    }

    static GcSettings defaults() {
        return new GcSettings(DEFAULT_IMAGE_AGE, List.of(), DEFAULT_DANGLING_AGE);
    }

    static GcSettings read(ConfigValues v) {
        return new GcSettings(v.duration("image-age", DEFAULT_IMAGE_AGE), v.strings("keep-images", List.of()),
                v.duration("dangling-age", DEFAULT_DANGLING_AGE));
    }
}
