package dev.berth.app;

import dev.berth.engine.config.BerthConfig;
import dev.berth.engine.config.ConfigFile;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** How to reach the cluster, as the docker CLI spells it, and Berth's configuration file. */
final class ClusterOptions {

    @Option(names = {"-H", "--host"}, paramLabel = "HOST",
            description = "Engine API of a swarm manager (unix:///path or tcp://host:port). "
                    + "Default: DOCKER_HOST, else cluster.host of the configuration file, else unix:///var/run/docker.sock;"
                    + " TLS from DOCKER_TLS_VERIFY and DOCKER_CERT_PATH.")
    String host;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Berth's configuration file. Default: BERTH_CONFIG, else $XDG_CONFIG_HOME/berth/config.yaml,"
                    + " else ~/.config/berth/config.yaml (defaults apply when there is none).")
    Path config;

    @Option(names = "--debug", description = "Show stack traces of unexpected errors.")
    boolean debug;

    private BerthConfig loaded;

    /** The configuration, read once per command. */
    BerthConfig config(Invocation invocation) {
        if (loaded == null) {
            Path file = config == null ? null : invocation.workingDirectory().resolve(config);
            loaded = ConfigFile.load(file, invocation.environment());
        }
        return loaded;
    }
}
