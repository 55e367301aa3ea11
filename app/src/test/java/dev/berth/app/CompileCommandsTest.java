package dev.berth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compile extensions through the command line, without an engine: invalid input exits 2 and contacts nothing. */
class CompileCommandsTest {

    private static final String PROJECT = """
            x-berth: {source: {path: ./src}}
            services:
              compile:
                image: b
                x-berth-compile: {outputs: {app.jar: /src/app.jar}}
              web:
                image: w
                x-berth-artifacts: {app.jar: /app/app.jar}
            """;

    private static Map<String, String> noEngine(Path dir) {
        String socket = "unix://" + dir.resolve("no-such.sock");
        return Map.of("HOME", dir.toString(), "DOCKER_HOST", socket, "BERTH_BUILDER", socket);
    }

    private static Path project(Path dir, String yaml) throws IOException {
        Files.createDirectories(dir.resolve("src"));
        Files.writeString(dir.resolve("compose.yaml"), yaml);
        return dir;
    }

    @Test
    void configAndUpRefuseAnArtifactNoCompileStepDeclares(@TempDir Path dir) throws IOException {
        project(dir, PROJECT.replace("{app.jar: /app/app.jar}", "{api.jar: /app/api.jar}"));
        for (String[] args : new String[][] {{"config", "-q"}, {"up", "shop"}, {"build", "shop"}, {"artifacts", "--project"}}) {
            Cli cli = Cli.run(noEngine(dir), dir, args);
            assertThat(cli.code).as(String.join(" ", args)).isEqualTo(2);
            assertThat(cli.err()).as(String.join(" ", args)).contains("compose.yaml:8:34: services.web.x-berth-artifacts.api.jar:"
                    + " artifact api.jar is produced by no compile step (compile declares app.jar)").doesNotContain("cannot reach");
        }
    }

    @Test
    void artifactsRefusesAnUnknownArtifactByName(@TempDir Path dir) throws IOException {
        project(dir, PROJECT);
        Cli cli = Cli.run(noEngine(dir), dir, "artifacts", "--project", "--artifact", "api.jar");
        assertThat(cli.code).isEqualTo(2);
        assertThat(cli.err()).contains("berth: no artifact api.jar in the project; it has app.jar");
    }

    @Test
    void artifactsNamesTheBuilderItCannotReach(@TempDir Path dir) throws IOException {
        project(dir, PROJECT);
        Cli cli = Cli.run(noEngine(dir), dir, "artifacts", "--project");
        assertThat(cli.code).isEqualTo(1);
        assertThat(cli.err()).contains("berth: cannot reach the Docker engine at unix://" + dir.resolve("no-such.sock"));
    }

    @Test
    void upRefusesABadPlaceholderBeforeAnyEngineIsAsked(@TempDir Path dir) throws IOException {
        project(dir, PROJECT + """
                configs:
                  conf:
                    content: "x={{ service.nope }}"
                    x-berth-template: true
                """);
        Cli cli = Cli.run(noEngine(dir), dir, "up", "shop");
        assertThat(cli.code).as(cli.err()).isEqualTo(2);
        assertThat(cli.err()).contains("compose.yaml:12:23: configs.conf.content: line 1, column 3: no service \"nope\""
                + " in the environment; known: web").doesNotContain("cannot reach");
        // config checks the same, with no cluster at all
        Cli config = Cli.run(noEngine(dir), dir, "config", "-q");
        assertThat(config.code).as(config.err()).isEqualTo(2);
        assertThat(config.err()).contains("compose.yaml:12:23: configs.conf.content: line 1, column 3: no service"
                + " \"nope\" in the environment; known: web");
    }

    @Test
    void aTemplateFileThatIsMissingIsNamedWithTheReason(@TempDir Path dir) throws IOException {
        project(dir, PROJECT + """
                configs:
                  conf:
                    file: ./conf/missing.properties
                    x-berth-template: true
                """);
        Cli cli = Cli.run(noEngine(dir), dir, "config", "-q");
        assertThat(cli.code).as(cli.err()).isEqualTo(2);
        assertThat(cli.err()).contains("configs.conf.file: cannot read the template " + dir.resolve("conf/missing.properties")
                + ": it does not exist");
    }

    @Test
    void artifactsHasHelp() {
        Cli cli = Cli.run(Path.of("."), "artifacts", "--help");
        assertThat(cli.code).isZero();
        assertThat(cli.out()).contains("Usage: berth artifacts", "NAME", "--project", "--artifact=ARTIFACT", "--format");
    }

    @Test
    void artifactsWantsAnEnvironmentOrTheProjectButNotBoth(@TempDir Path dir) throws IOException {
        project(dir, PROJECT);
        Cli neither = Cli.run(noEngine(dir), dir, "artifacts");
        assertThat(neither.code).isEqualTo(2);
        assertThat(neither.err()).contains("berth: name an environment (berth artifacts NAME; berth ls lists them),"
                + " or give --project for the artifacts of the project's files");

        Cli both = Cli.run(noEngine(dir), dir, "artifacts", "shop", "--project");
        assertThat(both.code).isEqualTo(2);
        assertThat(both.err()).contains("berth: give NAME for the artifacts environment shop runs, or --project for"
                + " those of the project's files, not both");

        Cli files = Cli.run(noEngine(dir), dir, "artifacts", "shop", "-f", "compose.yaml");
        assertThat(files.code).isEqualTo(2);
        assertThat(files.err()).contains("berth: berth artifacts NAME reads environment shop on the cluster, not the"
                + " project's files; give --project (without NAME) for the artifacts of the files").doesNotContain("cannot reach");

        Cli badName = Cli.run(noEngine(dir), dir, "artifacts", "Shop_1");
        assertThat(badName.code).isEqualTo(2);
        assertThat(badName.err()).contains("berth: ").doesNotContain("cannot reach");
    }

    @Test
    void theProjectsArtifactsAreReadOnThisMachineOnly(@TempDir Path dir) throws IOException {
        project(dir, PROJECT);
        Map<String, String> env = new java.util.HashMap<>(noEngine(dir));
        env.put("BERTH_SERVER", "http://127.0.0.1:9");

        Cli project = Cli.run(noEngine(dir), dir, "artifacts", "--project", "--server", "http://127.0.0.1:9");
        assertThat(project.code).isEqualTo(2);
        assertThat(project.err()).contains("berth: berth artifacts --project reads the project's files and artifact"
                + " store on this machine and does not work through a server; leave out --server");

        Cli local = Cli.run(env, dir, "artifacts", "--project");
        assertThat(local.code).as("BERTH_SERVER leaves the project's view on this machine").isEqualTo(1);
        assertThat(local.err()).contains("cannot reach the Docker engine at unix://" + dir.resolve("no-such.sock"));
    }
}
