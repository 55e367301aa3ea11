package dev.berth.engine.deploy;

/** One edge of the start order: wait for {@code service} to meet {@code condition}. */
public record Prerequisite(String service, Condition condition, boolean required) {
}
