package dev.berth.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** down leaves nothing on any node and can be followed by up at once; invalid input creates nothing. */
class DownIT extends SwarmIT {

    @Test
    void downLeavesNothingOnAnyNodeAndUpWorksRightAfter(@TempDir Path dir) throws Exception {
        TestSwarm.project(dir, """
                services:
                  web:
                    image: ${IMAGE}
                    stop_grace_period: 1s
                    command: ["sh", "-c", "while true; do sleep 1; done"]
                    deploy: {mode: global}
                    configs: [settings]
                    secrets: [token]
                    volumes: [data:/data]
                configs:
                  settings: {content: "level=debug"}
                secrets:
                  token: {file: ./token.txt}
                volumes:
                  data: {}
                """);
        Files.writeString(dir.resolve("token.txt"), "s3cr3t\n");
        for (int round = 0; round < 2; round++) {
            TestSwarm.Run up = swarm.berth(dir, "up", "it-down", "--progress", "plain");
            assertThat(up.code()).as(up.all()).isZero();
            assertThat(swarm.leftovers("it-down")).isNotEmpty();
            TestSwarm.Run down = swarm.berth(dir, "down", "it-down", "--volumes");
            assertThat(down.code()).as(down.all()).isZero();
            assertThat(down.out()).contains("environment it-down removed");
            assertThat(swarm.leftovers("it-down")).isEmpty();
        }
        TestSwarm.Run again = swarm.berth(dir, "down", "it-down");
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("environment it-down does not exist");
    }

    @Test
    void invalidInputCreatesNothing(@TempDir Path dir) throws Exception {
        TestSwarm.project(dir, """
                services:
                  web:
                    image: ${IMAGE}
                    stop_grace_period: 1s
                    networks: [missing]
                """);
        TestSwarm.Run up = swarm.berth(dir, "up", "it-invalid", "--progress", "plain");
        assertThat(up.code()).isEqualTo(2);
        assertThat(up.err()).contains("compose.yaml:5:16: services.web.networks.0: network \"missing\" is not defined in the top-level networks");
        assertThat(swarm.leftovers("it-invalid")).isEmpty();
    }

    @Test
    void aMissingExternalNetworkStopsUpBeforeAnythingIsCreated(@TempDir Path dir) throws Exception {
        TestSwarm.project(dir, """
                services:
                  web:
                    image: ${IMAGE}
                    stop_grace_period: 1s
                    networks: [shared]
                networks:
                  shared: {external: true, name: berth-it-no-such-network}
                """);
        TestSwarm.Run up = swarm.berth(dir, "up", "it-external", "--progress", "plain");
        assertThat(up.code()).isEqualTo(1);
        assertThat(up.err()).contains("external resources do not exist on the cluster: network"
                + " \"berth-it-no-such-network\" (networks.shared)");
        assertThat(swarm.leftovers("it-external")).isEmpty();
    }
}
