package dev.berth.swarm.client;

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

    /** A Docker host that cannot be one: bad input, said with what is expected. */
    public static final class InvalidHost extends IllegalArgumentException {
        InvalidHost(String host, String why) {
            super("Docker host \"" + host + "\" " + why);
        }
    }

    public DockerEndpoint {
        String scheme = host.getScheme();
        if (scheme == null || !(scheme.equals("unix") || scheme.equals("tcp"))) {
            throw new InvalidHost(host.toString(), "is not supported: use unix:///path/to/docker.sock or tcp://HOST:PORT");
        }
        if (scheme.equals("tcp") && (host.getHost() == null || host.getPort() > 65535)) {
            throw new InvalidHost(host.toString(), "is invalid: expected tcp://HOST:PORT with a port from 1 to 65535");
        }
        if (scheme.equals("unix") && (host.getPath() == null || host.getPath().isEmpty())) {
            throw new InvalidHost(host.toString(), "is invalid: expected unix:///path/to/docker.sock");
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
        URI uri;
        try {
            uri = new URI(host.trim());
        } catch (java.net.URISyntaxException e) {
            throw new InvalidHost(host, "is invalid: " + e.getReason() + " at index " + e.getIndex()
                    + "; expected unix:///path/to/docker.sock or tcp://HOST:PORT");
        }
        if ("tcp".equals(uri.getScheme()) && uri.getHost() != null && uri.getPort() == -1) {
            // as the docker CLI: the engine's default port, 2376 with TLS and 2375 without
            uri = URI.create("tcp://" + uri.getHost() + ":" + (tls ? 2376 : 2375) + (uri.getRawPath() == null ? ""
                    : uri.getRawPath()));
        }
        return new DockerEndpoint(uri, tls, certPath);
    }

    @Override
    public String toString() {
        return host + (tlsVerify ? " (TLS)" : "");
    }
}
