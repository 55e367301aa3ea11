package dev.berth.engine.ports;

/**
 * A port the files publish: on {@code service}, {@code target}/{@code protocol} published on
 * {@code published} — the port asked for, which a later copy of the project may not get.
 */
public record PortRequest(String service, int published, int target, String protocol) {

    /** How the request is written in the service's label: {@code 8080:80/tcp}. */
    public String key() {
        return published + ":" + target + "/" + protocol;
    }
}
