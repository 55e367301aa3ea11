package dev.berth.app;

import dev.berth.engine.config.BerthConfig;
import dev.berth.engine.config.ClusterSettings;
import dev.berth.swarm.client.DockerEndpoint;
import dev.berth.swarm.client.SwarmClient;
import dev.berth.swarm.spec.SpecJson;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The manager's engine and the engines of individual nodes, for what only a node can do (its
 * containers, images and volumes): those listed under {@code cluster.nodes} in the
 * configuration file and those in {@code BERTH_NODE_HOSTS} (comma-separated engine URLs).
 */
final class ClusterConnection implements AutoCloseable {

    final SwarmClient manager;
    final List<SwarmClient> nodes;
    /** The configured name of each of {@link #nodes}, in the same order ("" when none was given). */
    final List<String> nodeNames;

    private ClusterConnection(SwarmClient manager, List<SwarmClient> nodes, List<String> nodeNames) {
        this.manager = manager;
        this.nodes = nodes;
        this.nodeNames = nodeNames;
    }

    static ClusterConnection open(Invocation invocation, ClusterOptions options) {
        BerthConfig config = options.config(invocation);
        String explicit = options.host;
        if (explicit == null && !invocation.environment().containsKey("DOCKER_HOST")) {
            explicit = config.cluster().host();
        }
        DockerEndpoint endpoint = DockerEndpoint.from(explicit, invocation.environment());
        Set<String> seen = new LinkedHashSet<>();
        seen.add(endpoint.host().toString());
        List<SwarmClient> nodes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (ClusterSettings.NodeEndpoint node : config.cluster().nodes()) {
            if (seen.add(node.host())) {
                DockerEndpoint e = new DockerEndpoint(URI.create(node.host()), node.tlsVerify(),
                        node.certPath() == null ? null : Path.of(node.certPath()));
                nodes.add(new SwarmClient(e, SpecJson.mapper()));
                names.add(node.name());
            }
        }
        String hosts = invocation.environment().getOrDefault("BERTH_NODE_HOSTS", "");
        for (String h : hosts.split(",")) {
            if (!h.isBlank() && seen.add(h.trim())) {
                nodes.add(new SwarmClient(DockerEndpoint.from(h.trim(), invocation.environment()), SpecJson.mapper()));
                names.add("");
            }
        }
        return new ClusterConnection(new SwarmClient(endpoint, SpecJson.mapper()), nodes, names);
    }

    @Override
    public void close() {
        manager.close();
        nodes.forEach(SwarmClient::close);
    }
}
