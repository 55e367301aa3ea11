package dev.berth.swarm.client;

import java.util.List;

/** An image as one engine has it. */
public record ImageState(String id, long size, List<String> repoTags, List<String> repoDigests) {
}
