package dev.berth.server;

import dev.berth.server.cluster.ClusterAccess;
import dev.berth.server.cluster.ClusterSource;
import dev.berth.swarm.client.DockerEndpoint;
import dev.berth.swarm.client.SwarmClient;
import dev.berth.swarm.deploy.UpRequest;
import dev.berth.swarm.spec.SpecJson;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Starts a server in-process on a free port, with a known admin token. */
public final class TestServer {

    public static final String ADMIN_TOKEN = "berth_test-admin-token-0123456789abcdef";

    private TestServer() {
    }

    /** A server whose jobs reach no engine (an absent socket): for what needs no cluster. */
    public static BerthServer start(String databaseUrl, Path dataDir, ClusterSource source, int failedAuthLimit) {
        SwarmClient nowhere = new SwarmClient(DockerEndpoint.from("unix://" + dataDir.resolve("no-engine.sock"),
                Map.of()), SpecJson.mapper());
        ClusterAccess access = new ClusterAccess(nowhere, List.of(), UpRequest.DEFAULT_POOLS, false, "berth/busybox:1");
        return BerthServer.start(new ServeOptions("127.0.0.1", 0, databaseUrl, dataDir, ADMIN_TOKEN,
                Path.of("../examples").toAbsolutePath().normalize(), access, source, Duration.ofSeconds(30),
                failedAuthLimit, Duration.ofMinutes(1), 2));
    }
}
