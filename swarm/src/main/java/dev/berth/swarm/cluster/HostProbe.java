package dev.berth.swarm.cluster;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.engine.Labels;
import dev.berth.engine.cluster.HostFacts;
import dev.berth.swarm.client.EngineException;
import dev.berth.swarm.client.SwarmClient;
import java.util.UUID;

/**
 * Reads a node's addresses, routes, free disk and memory through the node's own engine: a
 * short-lived container in the host's network namespace runs busybox's {@code ip} and
 * {@code df}. The engine is all Berth needs; no SSH to the node.
 */
public final class HostProbe {

    private final String image;

    public HostProbe(String image) {
        this.image = image;
    }

    public HostFacts read(SwarmClient engine) {
        String name = "berth-host-probe-" + UUID.randomUUID().toString().substring(0, 8);
        String id;
        try {
            id = engine.local().createContainer(name, spec(name));
        } catch (EngineException e) {
            if (e.notFound()) {
                throw new IllegalStateException("the probe image " + image + " is not on the engine at "
                        + engine.endpoint() + " (" + e.getMessage() + "); load it there, or name an image with busybox"
                        + " that is there with --probe-image or BERTH_PROBE_IMAGE", e);
            }
            throw e;
        }
        try {
            engine.local().startContainer(id);
            int exit = engine.local().waitContainer(id);
            String output = engine.local().containerOutput(id);
            if (exit != 0 || !output.contains("== end")) {
                throw new IllegalStateException("reading the host network of the engine at " + engine.endpoint()
                        + " failed (exit " + exit + "): " + output.strip());
            }
            return HostFacts.parse(output);
        } finally {
            engine.local().removeContainer(id);
        }
    }

    private ObjectNode spec(String name) {
        ObjectNode c = JsonNodeFactory.instance.objectNode();
        c.put("Image", image);
        // Bounded, so that waiting for the container always ends (and the container is removed).
        c.putArray("Cmd").add("timeout").add("20").add("sh").add("-c").add(HostFacts.SCRIPT);
        c.putObject("Labels").put(Labels.PROBE, name).put(Labels.OWNER, "berth-probe");
        ObjectNode host = c.putObject("HostConfig");
        host.put("NetworkMode", "host");
        host.putObject("LogConfig").put("Type", "json-file");
        return c;
    }
}
