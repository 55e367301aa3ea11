package dev.berth.engine.gc;

import dev.berth.engine.Labels;
import dev.berth.engine.gc.NodeContents.Container;
import dev.berth.engine.gc.NodeContents.Image;
import dev.berth.engine.gc.NodeContents.Volume;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code berth gc} removes from one node, and why. Pure: the node's contents and what the
 * cluster runs come in. Nothing without Berth's environment label is removed, except images,
 * which are judged by use and age alone:
 * <ul>
 * <li>stopped containers of Berth whose environment or service is gone (those of a living
 *     service are Swarm's task history, kept for {@code berth ps} and {@code logs});</li>
 * <li>images no remaining container and no service on the cluster uses, that arrived (built,
 *     loaded or last tagged) longer ago than the image age — the dangling age for untagged
 *     ones — unless {@code gc.keep-images} names them;</li>
 * <li>volumes of Berth whose environment is gone.</li>
 * </ul>
 */
public final class GcSelection {

    private GcSelection() {
    }

    public static List<Removal> select(NodeContents node, GcRules rules) {
        List<Removal> out = new ArrayList<>();
        Set<String> imagesInUse = new HashSet<>();
        for (Container c : node.containers()) {
            String reason = containerReason(c, rules);
            if (reason == null) {
                imagesInUse.add(c.imageId());
            } else {
                out.add(new Removal(Removal.Kind.CONTAINER, c.id(), c.name(), reason, c.size()));
            }
        }
        Set<String> serviceImages = new HashSet<>();
        rules.serviceImages().forEach(i -> serviceImages.add(ImageReference.normalize(i)));
        for (Image i : node.images()) {
            String reason = imageReason(i, imagesInUse, serviceImages, rules);
            if (reason != null) {
                out.add(new Removal(Removal.Kind.IMAGE, i.id(), i.dangling() ? shortId(i.id()) : String.join(", ", i.tags()),
                        reason, i.size()));
            }
        }
        for (Volume v : node.volumes()) {
            String env = v.labels().get(Labels.ENVIRONMENT);
            if (env != null && !rules.environments().contains(env)) {
                out.add(new Removal(Removal.Kind.VOLUME, v.name(), v.name(), "environment " + env + " is gone", v.size()));
            }
        }
        return out;
    }

    private static String containerReason(Container c, GcRules rules) {
        String env = c.labels().get(Labels.ENVIRONMENT);
        if (env == null || !c.stopped()) {
            return null;
        }
        if (!rules.environments().contains(env)) {
            return c.state() + ", environment " + env + " is gone";
        }
        String service = c.labels().get("com.docker.swarm.service.id");
        if (service != null && !rules.serviceIds().contains(service)) {
            return c.state() + ", its service is gone";
        }
        return null;
    }

    private static String imageReason(Image i, Set<String> byContainers, Set<String> serviceImages, GcRules rules) {
        if (byContainers.contains(i.id()) || serviceImages.contains(i.id())) {
            return null;
        }
        for (String tag : i.tags()) {
            if (serviceImages.contains(ImageReference.normalize(tag))
                    || rules.keepImages().stream().anyMatch(k -> ImageReference.matches(k, tag))) {
                return null;
            }
        }
        Duration limit = i.dangling() ? rules.danglingAge() : rules.imageAge();
        if (i.arrived() == null) {
            return null;
        }
        Duration age = Duration.between(i.arrived(), rules.now());
        if (age.compareTo(limit) < 0) {
            return null;
        }
        return (i.dangling() ? "dangling, " : "") + "unused, arrived " + days(age) + " ago";
    }

    private static String days(Duration age) {
        return age.toDays() >= 1 ? age.toDays() + "d" : age.toHours() >= 1 ? age.toHours() + "h" : age.toMinutes() + "m";
    }

    private static String shortId(String id) {
        String hex = id.startsWith("sha256:") ? id.substring(7) : id;
        return hex.substring(0, Math.min(12, hex.length()));
    }
}
