package dev.berth.engine.admission;

/** Where one task of a service would run. */
public record TaskPlacement(String service, String nodeId, String node) {
}
