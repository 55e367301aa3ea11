package dev.berth.engine.build;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything besides the context's files that changes what a build makes.
 *
 * @param args build arguments, values resolved
 * @param target the stage to build, or null for the last
 * @param labels labels set on the image
 * @param network the network RUN steps use, or null
 * @param extraHosts host name → addresses added to RUN steps' /etc/hosts
 * @param baseImages the IDs of the images the Dockerfile starts from, where the builder has them
 */
public record BuildInputs(Map<String, String> args, String target, Map<String, String> labels, String network,
                          Map<String, List<String>> extraHosts, Map<String, String> baseImages) {

    public BuildInputs {
        args = new TreeMap<>(args);
        labels = new TreeMap<>(labels);
        extraHosts = new TreeMap<>(extraHosts);
        baseImages = new TreeMap<>(baseImages);
    }

    public BuildInputs withBaseImages(Map<String, String> ids) {
        return new BuildInputs(args, target, labels, network, extraHosts, ids);
    }
}
