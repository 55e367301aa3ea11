package dev.berth.app;

import dev.berth.swarm.deploy.UpRequest;

/** The image with busybox that Berth's probes run: --probe-image, else BERTH_PROBE_IMAGE, else the default. */
final class ProbeImages {

    static final String OPTION_HELP = "Image with busybox for Berth's probe containers (default: BERTH_PROBE_IMAGE or "
            + UpRequest.DEFAULT_PROBE_IMAGE + "); it must be on the node(s) already when no registry is reachable.";

    private ProbeImages() {
    }

    static String of(String option, Invocation invocation) {
        return option != null ? option : invocation.environment().getOrDefault("BERTH_PROBE_IMAGE", UpRequest.DEFAULT_PROBE_IMAGE);
    }
}
