package dev.berth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the deploy commands do before they reach a cluster: refuse bad input, name an engine they cannot reach. */
class DeployCommandsTest {

    private static Map<String, String> noEngine(Path dir) {
        return Map.of("HOME", "/home/tester", "DOCKER_HOST", "unix://" + dir.resolve("no-such.sock"));
    }

    @Test
    void anInvalidEnvironmentNameIsInvalidInput(@TempDir Path dir) {
        Cli cli = Cli.run(noEngine(dir), dir, "up", "Shop_Alice");
        assertThat(cli.code).isEqualTo(2);
        assertThat(cli.err()).contains("environment name \"Shop_Alice\" is invalid: use 1 to 32 lower-case letters,"
                + " digits and '-', starting and ending with a letter or digit");
    }

    @Test
    void invalidFilesAreRefusedBeforeTheClusterIsContacted(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: nginx\n    replicas: 2\n");
        Cli cli = Cli.run(noEngine(dir), dir, "up", "shop");
        assertThat(cli.code).isEqualTo(2);
        assertThat(cli.err()).contains("compose.yaml:4:5: services.web.replicas: unknown key \"replicas\"")
                .doesNotContain("cannot reach");
    }

    @Test
    void anUnreachableEngineIsNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: nginx\n");
        for (String[] args : new String[][] {{"up", "shop"}, {"down", "shop"}, {"ls"}, {"ps", "shop"}, {"logs", "shop"}}) {
            Cli cli = Cli.run(noEngine(dir), dir, args);
            assertThat(cli.code).as(String.join(" ", args)).isEqualTo(1);
            assertThat(cli.err()).as(String.join(" ", args)).contains("berth: cannot reach the Docker engine at unix://"
                    + dir.resolve("no-such.sock")).doesNotContain("\tat ");
        }
    }

    @Test
    void aBadTimeoutIsInvalidInput(@TempDir Path dir) {
        Cli cli = Cli.run(noEngine(dir), dir, "up", "shop", "--timeout", "ten minutes");
        assertThat(cli.code).isEqualTo(2);
        assertThat(cli.err()).contains("expected a duration such as 90s, 10m or 1h30m, found \"ten minutes\"");
    }

    @Test
    void everyDeployCommandHasHelp() {
        for (String command : new String[] {"up", "down", "ls", "ps", "logs"}) {
            Cli cli = Cli.run(Path.of("."), command, "--help");
            assertThat(cli.code).as(command).isZero();
            assertThat(cli.out()).as(command).contains("Usage: berth " + command);
        }
        assertThat(Cli.run(Path.of("."), "up", "--help").out()).contains("--detach", "--timeout", "--progress",
                "--ipvs", "-H, --host");
    }
}
