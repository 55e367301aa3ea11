package dev.berth.engine.gc;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What one node's engine holds that {@code berth gc} may collect. */
public record NodeContents(String node, List<Container> containers, List<Image> images, List<Volume> volumes) {

    public NodeContents {
        containers = List.copyOf(containers);
        images = List.copyOf(images);
        volumes = List.copyOf(volumes);
    }

    /** @param size bytes of its writable layer */
    public record Container(String id, String name, String state, String imageId, Map<String, String> labels,
                            long size) {
        public boolean stopped() {
            return switch (state) {
                case "exited", "dead", "created" -> true;
                default -> false;
            };
        }
    }

    /**
     * @param lastTagged when the image was last tagged on this node; null when the engine does not know
     * @param size bytes that only this image holds (layers shared with other images not counted)
     */
    public record Image(String id, List<String> tags, Instant created, Instant lastTagged, long size) {
        public Image {
            tags = List.copyOf(tags);
        }

        public boolean dangling() {
            return tags.isEmpty();
        }

        /** Built, loaded or tagged here last at this time. */
        public Instant arrived() {
            if (lastTagged == null) {
                return created;
            }
            return created == null || lastTagged.isAfter(created) ? lastTagged : created;
        }
    }

    public record Volume(String name, Map<String, String> labels, long size) {
    }
}
