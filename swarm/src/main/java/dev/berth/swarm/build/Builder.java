package dev.berth.swarm.build;

import dev.berth.engine.source.SourceCache;
import dev.berth.swarm.client.SwarmClient;

/**
 * What builds images: the builder engine (the local one unless {@code build.builder} says
 * otherwise, never the manager by default), the source cache, where progress goes, and whether
 * the builder's layer cache may be used.
 */
public record Builder(SwarmClient engine, SourceCache sources, BuildListener listener, boolean noCache) {
}
