package dev.berth.app;

import picocli.CommandLine.Option;

/** How to reach the cluster, as the docker CLI spells it. */
final class ClusterOptions {

    @Option(names = {"-H", "--host"}, paramLabel = "HOST",
            description = "Engine API of a swarm manager (unix:///path or tcp://host:port). "
                    + "Default: DOCKER_HOST, else unix:///var/run/docker.sock; TLS from DOCKER_TLS_VERIFY and DOCKER_CERT_PATH.")
    String host;

    @Option(names = "--debug", description = "Show stack traces of unexpected errors.")
    boolean debug;
}
