package dev.berth.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full address pool is a clear error that names the pool and the setting, and nothing is created. */
class SubnetPoolIT extends SwarmIT {

    private static final String TWO_NETWORKS = """
            services:
              app:
                image: ${IMAGE}
                stop_grace_period: 1s
                command: ["sh", "-c", "while true; do sleep 1; done"]
                networks: [front, back]
            networks:
              front: {}
              back: {}
            """;

    private static final String ONE_NETWORK = """
            services:
              app:
                image: ${IMAGE}
                stop_grace_period: 1s
                command: ["sh", "-c", "while true; do sleep 1; done"]
            """;

    @Test
    void anExhaustedPoolIsNamedWithTheSettingToWiden(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("berth.yaml");
        Files.writeString(config, "network:\n  pools: [10.250.0.0/23]\n");
        Path first = TestSwarm.project(dir.resolve("first"), TWO_NETWORKS);
        TestSwarm.Run up = swarm.berth(first, "up", "lc-pool-a", "--config", config.toString(), "--progress", "plain");
        assertThat(up.code()).as(up.all()).isZero();

        Path second = TestSwarm.project(dir.resolve("second"), ONE_NETWORK);
        TestSwarm.Run full = swarm.berth(second, "up", "lc-pool-b", "--config", config.toString(), "--progress", "plain");
        assertThat(full.code()).as(full.all()).isEqualTo(1);
        assertThat(full.err()).contains("berth: no free /24 subnet is left in the address pool 10.250.0.0/23:"
                + " 2 networks and routes overlap it; widen network.pools in Berth's configuration file, or remove"
                + " environments (berth ls, berth down)");
        assertThat(swarm.leftovers("lc-pool-b")).isEmpty();
    }
}
