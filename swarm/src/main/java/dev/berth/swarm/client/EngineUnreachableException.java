package dev.berth.swarm.client;

/** No Docker engine answers at an endpoint: it is not running, or the address is wrong. */
public final class EngineUnreachableException extends RuntimeException {

    private final transient DockerEndpoint endpoint;

    public EngineUnreachableException(DockerEndpoint endpoint, Throwable cause) {
        super("cannot reach the Docker engine at " + endpoint + " (" + cause.getMessage() + "); is it running?"
                + " Set DOCKER_HOST or --host to a swarm manager", cause);
        this.endpoint = endpoint;
    }

    public DockerEndpoint endpoint() {
        return endpoint;
    }

    /** Why, in the transport's words (e.g. "Connection refused"), without the hint about the manager. */
    public String reason() {
        Throwable cause = getCause();
        return cause.getMessage() == null || cause.getMessage().isBlank() ? cause.getClass().getSimpleName()
                : cause.getMessage();
    }
}
