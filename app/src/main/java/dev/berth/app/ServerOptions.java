package dev.berth.app;

import picocli.CommandLine.Option;

/** {@code --server URL}: act through a Berth server instead of talking to the cluster directly. */
final class ServerOptions {

    @Option(names = "--server", paramLabel = "URL",
            description = "Act through the Berth server at URL (default: BERTH_SERVER); the token comes from"
                    + " BERTH_TOKEN or ~/.config/berth/token (mode 600).")
    String server;

    /** An option that does not work through a server is an error that says so, not silently dropped. */
    static void refuse(String option, boolean given, String why) {
        if (given) {
            throw new EnvironmentNames.InvalidArgument(option + " does not work through a server: " + why
                    + "; leave it out");
        }
    }

    /** The server's base URL, or null to talk to the cluster directly. */
    String url(Invocation invocation) {
        String url = server != null ? server : invocation.environment().get("BERTH_SERVER");
        if (url == null || url.isBlank()) {
            return null;
        }
        url = url.trim();
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new EnvironmentNames.InvalidArgument("the server URL \"" + url + "\" must start with http:// or https://");
        }
        try {
            java.net.URI uri = new java.net.URI(url);
            if (uri.getHost() == null || uri.getPort() > 65535) {
                throw new java.net.URISyntaxException(url, "expected http(s)://HOST[:PORT] with a port from 1 to 65535");
            }
        } catch (java.net.URISyntaxException e) {
            throw new EnvironmentNames.InvalidArgument("the server URL \"" + url + "\" is invalid: " + e.getReason());
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
