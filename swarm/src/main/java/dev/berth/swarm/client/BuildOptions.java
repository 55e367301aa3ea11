package dev.berth.swarm.client;

import java.util.List;
import java.util.Map;

/** The query parameters of {@code POST /build} that Berth sets. */
public record BuildOptions(String tag, String dockerfile, Map<String, String> args, String target,
                           Map<String, String> labels, List<String> cacheFrom, String network,
                           List<String> extraHosts, Long shmSize, boolean noCache, boolean pull) {
}
