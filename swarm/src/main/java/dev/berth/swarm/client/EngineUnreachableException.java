package dev.berth.swarm.client;

/**
 * No Docker engine answers at an endpoint: it is not running, the address is wrong, or the TLS
 * handshake with it failed.
 */
public final class EngineUnreachableException extends RuntimeException {

    private final transient DockerEndpoint endpoint;
    private final String tlsReason;

    public EngineUnreachableException(DockerEndpoint endpoint, Throwable cause) {
        this(endpoint, cause, TlsFailure.explain(endpoint, cause));
    }

    private EngineUnreachableException(DockerEndpoint endpoint, Throwable cause, String tlsReason) {
        super(tlsReason != null
                ? "the TLS handshake with the Docker engine at " + endpoint + " failed: " + tlsReason
                : "cannot reach the Docker engine at " + endpoint + " (" + cause.getMessage() + "); is it running?"
                        + " Set DOCKER_HOST or --host to a swarm manager", cause);
        this.endpoint = endpoint;
        this.tlsReason = tlsReason;
    }

    public DockerEndpoint endpoint() {
        return endpoint;
    }

    /** Why, in the transport's words (e.g. "Connection refused"), without the hint about the manager. */
    public String reason() {
        if (tlsReason != null) {
            return "TLS: " + tlsReason;
        }
        Throwable cause = getCause();
        return cause.getMessage() == null || cause.getMessage().isBlank() ? cause.getClass().getSimpleName()
                : cause.getMessage();
    }
}
