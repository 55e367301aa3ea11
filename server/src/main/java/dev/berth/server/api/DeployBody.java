package dev.berth.server.api;

import java.util.List;
import java.util.Map;

/**
 * The body of plan and up: compose files (name → content; other files the project reads, such
 * as a config's file or {@code .env}, go here too), the compose files in merge order, profiles,
 * interpolation variables — or a bundled example by name — and for up a time to live and
 * whether to deploy although admission control refuses ({@code force}, as {@code berth up --force}).
 */
record DeployBody(Map<String, String> files, List<String> order, List<String> profiles, Map<String, String> env,
                  String example, String ttl, boolean force) {

    DeployBody {
        files = files == null ? Map.of() : Map.copyOf(files);
        order = order == null ? List.of() : List.copyOf(order);
        profiles = profiles == null ? List.of() : List.copyOf(profiles);
        env = env == null ? Map.of() : Map.copyOf(env);
    }
}
