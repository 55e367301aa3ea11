package dev.berth.swarm.client;

import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import java.time.Duration;

/**
 * Opens an HTTP connection to an Engine API over a unix socket or tcp (with the docker CLI's
 * TLS files). docker-java's transport does the socket work; Berth speaks the API's JSON itself.
 */
final class DockerConnection {

    private DockerConnection() {
    }

    static DockerHttpClient open(DockerEndpoint endpoint) {
        if (endpoint.tlsVerify() && endpoint.host().getScheme().equals("tcp")) {
            // Without them the transport silently speaks plain HTTP, and the engine answers 400.
            TlsFailure.checkFiles(endpoint);
        }
        DefaultDockerClientConfig.Builder config = DefaultDockerClientConfig.createDefaultConfigBuilder()
                .withDockerHost(endpoint.host().toString())
                .withDockerTlsVerify(endpoint.tlsVerify());
        if (endpoint.certPath() != null) {
            config.withDockerCertPath(endpoint.certPath().toString());
        }
        DefaultDockerClientConfig built = config.build();
        return new ZerodepDockerHttpClient.Builder()
                .dockerHost(built.getDockerHost())
                .sslConfig(built.getSSLConfig())
                .maxConnections(64)
                .connectionTimeout(Duration.ofSeconds(10))
                .responseTimeout(Duration.ofMinutes(30))
                .build();
    }
}
