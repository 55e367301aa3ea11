package dev.berth.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.admission.AdmissionResult;
import dev.berth.swarm.admission.AdmissionRefused;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan}, {@code cluster top} and {@code up --force} before they reach a cluster. */
class AdmissionCommandsTest {

    private static Map<String, String> noEngine(Path dir) {
        return Map.of("HOME", "/home/tester", "DOCKER_HOST", "unix://" + dir.resolve("no-such.sock"));
    }

    @Test
    void aBadFormatIsInvalidInput(@TempDir Path dir) {
        Cli plan = Cli.run(noEngine(dir), dir, "plan", "shop", "--format", "xml");
        assertThat(plan.code).isEqualTo(2);
        assertThat(plan.err()).contains("Invalid value for option '--format': expected one of [text, json]"
                + " (case-sensitive) but was 'xml'");
        Cli top = Cli.run(noEngine(dir), dir, "cluster", "top", "--format", "text");
        assertThat(top.code).isEqualTo(2);
        assertThat(top.err()).contains("Invalid value for option '--format': expected one of [table, json]"
                + " (case-sensitive) but was 'text'");
    }

    @Test
    void planNeedsAValidNameAndValidFiles(@TempDir Path dir) throws IOException {
        Cli name = Cli.run(noEngine(dir), dir, "plan", "Shop_Alice");
        assertThat(name.code).isEqualTo(2);
        assertThat(name.err()).contains("environment name \"Shop_Alice\" is invalid");
        Cli missing = Cli.run(noEngine(dir), dir, "plan");
        assertThat(missing.code).isEqualTo(2);
        assertThat(missing.err()).contains("Missing required parameter: 'NAME'");
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: nginx\n    deploy: {replicas: many}\n");
        Cli invalid = Cli.run(noEngine(dir), dir, "plan", "shop");
        assertThat(invalid.code).isEqualTo(2);
        assertThat(invalid.err()).contains("compose.yaml:4:24: services.web.deploy.replicas").doesNotContain("cannot reach");
    }

    @Test
    void anUnreachableEngineIsNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: nginx\n");
        for (String[] args : new String[][] {{"plan", "shop"}, {"cluster", "top"}}) {
            Cli cli = Cli.run(noEngine(dir), dir, args);
            assertThat(cli.code).as(String.join(" ", args)).isEqualTo(1);
            assertThat(cli.err()).as(String.join(" ", args)).contains("berth: cannot reach the Docker engine at unix://"
                    + dir.resolve("no-such.sock"));
        }
    }

    @Test
    void aBadDefaultInTheConfigurationFileIsInvalidInput(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    image: nginx\n");
        Files.writeString(dir.resolve("berth.yaml"), "admission:\n  default-reservation: {memory: lots}\n");
        Cli cli = Cli.run(noEngine(dir), dir, "plan", "shop", "--config", "berth.yaml");
        assertThat(cli.code).isEqualTo(2);
        assertThat(cli.err()).contains("berth.yaml:2:33: admission.default-reservation.memory: expected a size such as 128MiB or 1g, found lots");
    }

    @Test
    void aRefusalHasItsOwnExitCode() {
        AdmissionRefused refused = new AdmissionRefused("shop", new AdmissionResult(List.of(), List.of(), List.of()));
        assertThat(ExitCodes.of(refused)).isEqualTo(ExitCodes.REFUSED).isEqualTo(3);
        // what the files say that Swarm cannot take is found before anything is created: bad input too
        assertThat(ExitCodes.of(new dev.berth.swarm.convert.ConversionException(List.of("configs.c.file: cannot read"
                + " /srv/c.conf: no such file")))).isEqualTo(ExitCodes.INVALID_INPUT).isEqualTo(2);
    }

    @Test
    void theCommandsHaveHelp() {
        assertThat(Cli.run(Path.of("."), "plan", "--help").out()).contains("Usage: berth plan", "--format", "--ipvs",
                "Exits 0 when the environment fits, 3");
        assertThat(Cli.run(Path.of("."), "cluster", "top", "--help").out()).contains("Usage: berth cluster top",
                "--format");
        assertThat(Cli.run(Path.of("."), "cluster", "--help").out()).contains("top");
        assertThat(Cli.run(Path.of("."), "up", "--help").out()).contains("--force", "exits 3");
    }
}
