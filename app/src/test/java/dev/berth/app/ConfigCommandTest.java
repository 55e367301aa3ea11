package dev.berth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigCommandTest {

    private static final Path SHOP = Path.of("../examples/shop").toAbsolutePath().normalize();
    private static final String[] SHOP_FILES = {"-f", "compose-compile.yaml", "-f", "compose-dependency.yaml",
            "-f", "compose-deploy.yaml"};

    private static String[] args(String command, String... more) {
        String[] all = new String[1 + SHOP_FILES.length + more.length];
        all[0] = command;
        System.arraycopy(SHOP_FILES, 0, all, 1, SHOP_FILES.length);
        System.arraycopy(more, 0, all, 1 + SHOP_FILES.length, more.length);
        return all;
    }

    @Test
    void printsTheMergedExample() {
        Cli cli = Cli.run(SHOP, args("config"));
        assertThat(cli.code).as(cli.err()).isZero();
        assertThat(cli.out()).startsWith("name: shop\nservices:\n");
        assertThat(cli.out()).contains("  compile:", "  mariadb:", "  gateway:", "file: " + SHOP + "/config/my.cnf");
        assertThat(cli.err()).isEmpty();
    }

    @Test
    void listsServices() {
        Cli services = Cli.run(SHOP, args("config", "--services"));
        assertThat(services.out()).isEqualTo("catalog\ncompile\ngateway\nmariadb\norders\nredis\nzookeeper\n");
    }

    @Test
    void listsVolumes(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), """
                services:
                  db:
                    image: berth/mariadb:10.11
                    volumes: [db-data:/var/lib/mysql, scratch:/tmp]
                volumes:
                  db-data: {}
                  scratch: {}
                """);
        Cli volumes = Cli.run(dir, "config", "--volumes");
        assertThat(volumes.code).as(volumes.err()).isZero();
        assertThat(volumes.out()).isEqualTo("db-data\nscratch\n");
    }

    @Test
    void printsJson() {
        Cli cli = Cli.run(SHOP, args("config", "--format", "json"));
        assertThat(cli.code).isZero();
        assertThat(cli.out()).startsWith("{\n  \"name\": \"shop\",\n  \"services\": {");
    }

    @Test
    void quietPrintsNothing() {
        Cli cli = Cli.run(SHOP, args("config", "-q"));
        assertThat(cli.code).isZero();
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void theProcessEnvironmentWinsOverDotEnv() {
        Cli cli = Cli.run(Map.of("GATEWAY_PORT", "9999"), SHOP, args("config"));
        assertThat(cli.out()).contains("published: \"9999\"");
    }

    @Test
    void invalidInputExitsTwoWithEveryProblemAndNoStackTrace(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), """
                version: "3.1"
                services:
                  compile:
                    image: berth/build-jdk:17
                    volumes:
                      - type: volume
                        source: out
                        target: /out
                  web:
                    image: nginx
                    healthcheck:
                      interval: 10 seconds
                volumes:
                  out: {}
                """);
        Cli cli = Cli.run(dir, "config");
        assertThat(cli.code).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).startsWith("berth: the project is invalid (2 problems):\n")
                .contains("  compose.yaml:6:9: services.compile.volumes.0: the long volume syntax needs version \"3.2\"")
                .contains("compose.yaml:12:17: services.web.healthcheck.interval:")
                .doesNotContain("Exception", "\tat ");
    }

    @Test
    void readsTheDefaultFileAndItsOverride(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), "services: {web: {image: nginx}}\n");
        Files.writeString(dir.resolve("compose.override.yaml"), "services: {web: {user: www}}\n");
        Cli cli = Cli.run(dir, "config");
        assertThat(cli.code).as(cli.err()).isZero();
        assertThat(cli.out()).contains("    user: www");
    }

    @Test
    void noComposeFileIsAClearError(@TempDir Path dir) {
        Cli cli = Cli.run(dir, "config");
        assertThat(cli.code).isEqualTo(2);
        assertThat(cli.err()).contains("no compose file given and none of compose.yaml, compose.yml,"
                + " docker-compose.yaml, docker-compose.yml found");
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        Cli cli = Cli.run(dir, "config", "-f", "nope.yaml");
        assertThat(cli.code).isEqualTo(2);
        assertThat(cli.err()).contains("compose file nope.yaml does not exist");
    }

    @Test
    void aMissingEnvFileIsNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), "services: {web: {image: nginx}}\n");
        Cli cli = Cli.run(dir, "config", "--env-file", "missing.env");
        assertThat(cli.code).isEqualTo(2);
        assertThat(cli.err()).contains("missing.env");
    }

    @Test
    void anObsoleteVersionIsANoticeNotAnError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"), "version: \"2.4\"\nservices: {web: {image: nginx}}\n");
        Cli cli = Cli.run(dir, "config", "-q");
        assertThat(cli.code).isZero();
        assertThat(cli.err()).isEqualTo("warning: compose.yaml:1:10: version: version \"2.4\" is obsolete and ignored;"
                + " the file is read as a Compose Specification file\n");
    }

    @Test
    void profilesEnableServices(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("compose.yaml"),
                "services: {web: {image: nginx}, debug: {image: busybox, profiles: [debug]}}\n");
        assertThat(Cli.run(dir, "config", "--services").out()).isEqualTo("web\n");
        assertThat(Cli.run(dir, "config", "--services", "--profile", "debug").out()).isEqualTo("debug\nweb\n");
    }
}
