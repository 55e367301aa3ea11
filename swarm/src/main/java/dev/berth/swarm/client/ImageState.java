package dev.berth.swarm.client;

import java.util.List;

/**
 * An image as one engine has it.
 *
 * @param layers the diff IDs of its layers, bottom first (RootFS.Layers)
 */
public record ImageState(String id, long size, List<String> repoTags, List<String> repoDigests, List<String> layers) {

    public ImageState {
        repoTags = List.copyOf(repoTags);
        repoDigests = List.copyOf(repoDigests);
        layers = List.copyOf(layers);
    }
}
