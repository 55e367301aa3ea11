package dev.berth.swarm;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where an Engine API answers: a unix socket or tcp, with TLS when asked for. Read from
 * {@code --host} or {@code DOCKER_HOST}, {@code DOCKER_TLS_VERIFY} and {@code DOCKER_CERT_PATH},
 * the way the docker CLI reads them.
 */
public record DockerEndpoint(URI host, boolean tlsVerify, Path certPath) {

    public static final String DEFAULT_SOCKET = "unix:///var/run/docker.sock";

    public DockerEndpoint {
        String scheme = host.getScheme();
        if (scheme == null || !(scheme.equals("unix") || scheme.equals("tcp"))) {
            throw new IllegalArgumentException("Docker host \"" + host + "\" is not supported: use unix:///path/to/docker.sock"
                    + " or tcp://HOST:PORT");
        }
        if (tlsVerify && certPath == null) {
            throw new IllegalArgumentException("DOCKER_TLS_VERIFY is set but DOCKER_CERT_PATH is not");
        }
    }

    /** {@code explicitHost} (from --host) wins over the environment; null means none given. */
    public static DockerEndpoint from(String explicitHost, Map<String, String> environment) {
        String host = explicitHost != null ? explicitHost : environment.getOrDefault("DOCKER_HOST", DEFAULT_SOCKET);
        if (host.isBlank()) {
            host = DEFAULT_SOCKET;
        }
        String verify = environment.getOrDefault("DOCKER_TLS_VERIFY", "");
        boolean tls = !verify.isEmpty() && !verify.equals("0") && !verify.equalsIgnoreCase("false");
        String certs = environment.get("DOCKER_CERT_PATH");
        Path certPath = certs == null || certs.isBlank()
                ? (tls ? Path.of(environment.getOrDefault("HOME", "/root"), ".docker") : null)
                : Path.of(certs);
        return new DockerEndpoint(URI.create(host), tls, certPath);
    }

    @Override
    public String toString() {
        return host + (tlsVerify ? " (TLS)" : "");
    }
}
