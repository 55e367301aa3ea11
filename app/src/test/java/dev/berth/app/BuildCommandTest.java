package dev.berth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What build and up do with build: before any engine is asked: refuse bad input and unreadable contexts. */
class BuildCommandTest {

    private static Map<String, String> env(Path dir, String... more) {
        Map<String, String> env = new java.util.HashMap<>(Map.of("HOME", dir.toString(),
                "DOCKER_HOST", "unix://" + dir.resolve("no-such.sock"),
                "BERTH_BUILDER", "unix://" + dir.resolve("no-builder.sock")));
        for (int i = 0; i < more.length; i += 2) {
            env.put(more[i], more[i + 1]);
        }
        return env;
    }

    @Test
    void aMissingBuildContextStopsUpNamingTheServiceBeforeTheClusterIsAsked(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    build: ./web\n");
        for (String command : new String[] {"up", "build"}) {
            Cli cli = Cli.run(env(dir), dir, command, "shop");
            assertThat(cli.code).as(command).isEqualTo(1);
            assertThat(cli.err()).as(command).contains("berth: the build context of service web cannot be read: the"
                            + " directory " + dir.resolve("web") + " does not exist",
                    "No service, network, config or secret was changed.").doesNotContain("cannot reach");
        }
    }

    @Test
    void aMissingDockerfileOrUnknownGitRefIsNamed(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("web"));
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    build: {context: ./web, dockerfile: Dockerfile.dev}\n"
                + "  site:\n    build: \"file://" + dir.resolve("none.git") + "#main\"\n");
        Cli web = Cli.run(env(dir), dir, "build", "shop", "web");
        assertThat(web.code).isEqualTo(1);
        assertThat(web.err()).contains("berth: the build context of service web cannot be read: the Dockerfile "
                + dir.resolve("web/Dockerfile.dev") + " does not exist");
        Cli site = Cli.run(env(dir), dir, "build", "shop", "site");
        assertThat(site.code).isEqualTo(1);
        assertThat(site.err()).contains("berth: the build context of service site cannot be read: git ls-remote failed:");
    }

    @Test
    void buildKeysTheBuilderCannotApplyAreNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  web:
                    build:
                      context: ./web
                      tags: [shop/web:extra]
                      platforms: [linux/arm64]
                      ssh: [default]
                """);
        Cli cli = Cli.run(env(dir), dir, "build", "shop", "--progress", "plain");
        assertThat(cli.out()).contains(
                "notice: services.web.build.tags: ignored: Berth tags the image by its content and deploys that tag",
                "notice: services.web.build.platforms: ignored: the Engine API's classic builder cannot build for other"
                        + " platforms; the builder's own is used",
                "notice: services.web.build.ssh: ignored: not supported when building on Swarm");
        assertThat(cli.code).isEqualTo(1);
    }

    @Test
    void anUnknownServiceIsInvalidInput(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    build: .\n  db:\n    image: db\n");
        Cli cli = Cli.run(env(dir), dir, "build", "shop", "api");
        assertThat(cli.code).isEqualTo(2);
        assertThat(cli.err()).contains("berth: no such service: api (the project has db, web)");
    }

    @Test
    void aRegistryPasswordVariableThatIsNotSetIsNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    build: .\n");
        Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\n");
        Files.writeString(dir.resolve("berth.yaml"),
                "build:\n  registry: {address: reg:5000, username: ci, password-env: REG_PASSWORD}\n");
        Cli cli = Cli.run(env(dir), dir, "build", "shop", "--config", "berth.yaml");
        assertThat(cli.code).isEqualTo(1);
        assertThat(cli.err()).contains("berth: build.registry.password-env names REG_PASSWORD, which is not set in"
                + " the environment");
    }

    @Test
    void anUnreachableBuilderIsNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  web:\n    build: .\n");
        Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\n");
        Cli cli = Cli.run(env(dir), dir, "build", "shop");
        assertThat(cli.code).isEqualTo(1);
        assertThat(cli.err()).contains("berth: cannot reach the builder engine at unix://" + dir.resolve("no-builder.sock"),
                "Set build.builder in the configuration file or BERTH_BUILDER to the engine that builds images");
    }

    @Test
    void aProjectWithoutBuildsNeedsNoBuilder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), "services:\n  db:\n    image: db\n");
        Cli cli = Cli.run(env(dir), dir, "build", "shop");
        assertThat(cli.code).as(cli.err()).isZero();
        assertThat(cli.out()).isEqualTo("no service of the project builds an image\n");
    }

    @Test
    void buildHasHelp() {
        Cli cli = Cli.run(Path.of("."), "build", "--help");
        assertThat(cli.code).isZero();
        assertThat(cli.out()).contains("Usage: berth build", "--no-cache");
    }
}
