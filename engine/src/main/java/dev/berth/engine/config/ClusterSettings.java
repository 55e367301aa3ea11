package dev.berth.engine.config;

import java.util.List;

/**
 * How Berth reaches the cluster: the manager's Engine API and, for what only a node can do
 * (loading images without a registry, pruning, per-node checks), each node's own Engine API.
 *
 * @param host the manager's engine ({@code unix:///…} or {@code tcp://…}); null = DOCKER_HOST or the local socket
 * @param nodes the engines of individual nodes
 */
public record ClusterSettings(String host, List<NodeEndpoint> nodes) {

    public ClusterSettings {
        nodes = List.copyOf(nodes);
    }

    /**
     * One node's Engine API.
     *
     * @param name the node's hostname or ID as Swarm knows it (may be empty: matched by the engine's own answer)
     * @param host {@code unix:///path} or {@code tcp://host:port}
     * @param tlsVerify whether to speak TLS and verify the engine's certificate
     * @param certPath directory with ca.pem, cert.pem and key.pem, as DOCKER_CERT_PATH
     */
    public record NodeEndpoint(String name, String host, boolean tlsVerify, String certPath) {
    }

    static ClusterSettings defaults() {
        return new ClusterSettings(null, List.of());
    }

    static ClusterSettings read(ConfigValues v) {
        List<NodeEndpoint> nodes = v.list("nodes", n -> {
            String host = EngineHosts.read(n, "host");
            if (host == null) {
                n.problem("host", "a node needs host: the URL of its Engine API, such as tcp://10.0.0.2:2376");
            }
            boolean tls = n.bool("tls-verify", false);
            String certs = n.string("cert-path", null);
            if (tls && certs == null) {
                n.problem("tls-verify", "tls-verify needs cert-path: the directory with ca.pem, cert.pem and key.pem");
            }
            return new NodeEndpoint(n.string("name", ""), host == null ? "" : host, tls, certs);
        });
        return new ClusterSettings(EngineHosts.read(v, "host"), nodes);
    }
}
