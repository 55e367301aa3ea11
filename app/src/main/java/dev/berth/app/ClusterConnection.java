package dev.berth.app;

import dev.berth.swarm.client.DockerEndpoint;
import dev.berth.swarm.client.SwarmClient;
import dev.berth.swarm.spec.SpecJson;
import java.util.ArrayList;
import java.util.List;

/**
 * The manager's engine and, from {@code BERTH_NODE_HOSTS} (comma-separated engine URLs), the
 * engines of individual nodes for what only a node can do (its containers and volumes).
 */
final class ClusterConnection implements AutoCloseable {

    final SwarmClient manager;
    final List<SwarmClient> nodes;

    private ClusterConnection(SwarmClient manager, List<SwarmClient> nodes) {
        this.manager = manager;
        this.nodes = nodes;
    }

    static ClusterConnection open(Invocation invocation, ClusterOptions options) {
        DockerEndpoint endpoint = DockerEndpoint.from(options.host, invocation.environment());
        List<SwarmClient> nodes = new ArrayList<>();
        String hosts = invocation.environment().getOrDefault("BERTH_NODE_HOSTS", "");
        for (String h : hosts.split(",")) {
            if (!h.isBlank() && !h.trim().equals(endpoint.host().toString())) {
                nodes.add(new SwarmClient(DockerEndpoint.from(h.trim(), invocation.environment()), SpecJson.mapper()));
            }
        }
        return new ClusterConnection(new SwarmClient(endpoint, SpecJson.mapper()), nodes);
    }

    @Override
    public void close() {
        manager.close();
        nodes.forEach(SwarmClient::close);
    }
}
