package dev.berth.engine.gc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What {@code berth gc} knows of the whole cluster when it looks at one node.
 *
 * @param environments every environment that still has something on the cluster, or whose lock is held
 * @param serviceIds every service on the cluster
 * @param serviceImages the images every service on the cluster names (Berth's or not)
 * @param imageAge an image no container or service uses is removed once it arrived this long ago
 * @param danglingAge the same for untagged images
 * @param keepImages never removed (references; {@code *} matches any characters)
 */
public record GcRules(Set<String> environments, Set<String> serviceIds, Set<String> serviceImages,
                      Duration imageAge, Duration danglingAge, List<String> keepImages, Instant now) {

    public GcRules {
        environments = Set.copyOf(environments);
        serviceIds = Set.copyOf(serviceIds);
        serviceImages = Set.copyOf(serviceImages);
        keepImages = List.copyOf(keepImages);
    }
}
