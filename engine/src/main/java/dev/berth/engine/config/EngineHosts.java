package dev.berth.engine.config;

import java.net.URI;
import java.net.URISyntaxException;

/** Checks an Engine API address of the configuration file as Berth will use it: unix:///path or tcp://HOST[:PORT]. */
final class EngineHosts {

    private EngineHosts() {
    }

    /** What is wrong with {@code host}, or null when nothing is. */
    static String problem(String host) {
        String expected = "expected unix:///path/to/docker.sock or tcp://HOST:PORT, found " + host;
        if (!host.startsWith("unix://") && !host.startsWith("tcp://")) {
            return expected;
        }
        try {
            URI uri = new URI(host);
            if (host.startsWith("tcp://") && (uri.getHost() == null || uri.getPort() > 65535)) {
                return expected + " (a host, and a port from 1 to 65535)";
            }
            if (host.startsWith("unix://") && (uri.getPath() == null || uri.getPath().isEmpty())) {
                return expected + " (the socket's path)";
            }
            return null;
        } catch (URISyntaxException e) {
            return expected + " (" + e.getReason() + " at index " + e.getIndex() + ")";
        }
    }

    /** {@code key}'s value in {@code v}, with a problem at it when it is not an Engine API address. */
    static String read(ConfigValues v, String key) {
        String host = v.string(key, null);
        String problem = host == null ? null : problem(host);
        if (problem != null) {
            v.problem(key, problem);
        }
        return host;
    }
}
