package dev.berth.compose.model;

import java.util.List;
import java.util.Map;

/**
 * How to build a service's image. {@code args} keeps null values ("from the environment");
 * {@code otherKeys} holds build keys Berth does not act on ({@code ssh}, {@code entitlements}…).
 */
public record Build(
        String context,
        String dockerfile,
        String dockerfileInline,
        Map<String, String> args,
        String target,
        Map<String, String> labels,
        List<String> cacheFrom,
        List<String> cacheTo,
        String network,
        Long shmSize,
        Map<String, List<String>> extraHosts,
        List<String> tags,
        List<String> platforms,
        boolean pull,
        boolean noCache,
        List<FileReference> secrets,
        Map<String, Value> otherKeys,
        Extensions extensions) {

    public Build {
        args = Frozen.ordered(args);
        labels = Frozen.sorted(labels);
        cacheFrom = Frozen.list(cacheFrom);
        cacheTo = Frozen.list(cacheTo);
        extraHosts = Frozen.sortedLists(extraHosts);
        tags = Frozen.list(tags);
        platforms = Frozen.list(platforms);
        secrets = Frozen.list(secrets);
        otherKeys = Frozen.sorted(otherKeys);
        extensions = extensions == null ? Extensions.EMPTY : extensions;
    }
}
