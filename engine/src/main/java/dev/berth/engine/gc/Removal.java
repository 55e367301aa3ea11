package dev.berth.engine.gc;

/**
 * One thing {@code berth gc} removes from a node, and why.
 *
 * @param id what the engine calls it by (container or image ID, volume name)
 * @param name what people call it by (container name, image tag, volume name)
 * @param bytes what removing it frees, as far as the engine tells
 */
public record Removal(Kind kind, String id, String name, String reason, long bytes) {

    public enum Kind {
        CONTAINER, IMAGE, VOLUME
    }
}
