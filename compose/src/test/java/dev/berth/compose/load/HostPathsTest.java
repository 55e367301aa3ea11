package dev.berth.compose.load;

import static dev.berth.compose.load.LoaderFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.tree.MapNode;
import org.junit.jupiter.api.Test;

class HostPathsTest {

    @Test
    void makesHostPathsAbsoluteAndLeavesNamedVolumesAndUrlsAlone() {
        MapNode root = new LoaderFixture().file("compose.yaml", """
                services:
                  app:
                    build: {context: ., additional_contexts: {lib: ../lib, base: "docker-image://alpine"}}
                    volumes:
                      - ./data:/data
                      - ~/cache:/cache:ro
                      - named:/named
                      - {type: bind, source: ../shared, target: /shared}
                      - {type: volume, source: vol, target: /vol}
                  remote:
                    build: https://github.com/example/app.git#main
                configs:
                  app_conf: {file: ./conf/app.conf}
                secrets:
                  token: {file: token.txt}
                """).load("compose.yaml");
        assertThat(text(root, "services.app.build.context")).isEqualTo("/project");
        assertThat(text(root, "services.app.build.additional_contexts.lib")).isEqualTo("/lib");
        assertThat(text(root, "services.app.build.additional_contexts.base")).isEqualTo("docker-image://alpine");
        assertThat(text(root, "services.app.volumes.0")).isEqualTo("/project/data:/data");
        assertThat(text(root, "services.app.volumes.1")).isEqualTo("/home/tester/cache:/cache:ro");
        assertThat(text(root, "services.app.volumes.2")).isEqualTo("named:/named");
        assertThat(text(root, "services.app.volumes.3.source")).isEqualTo("/shared");
        assertThat(text(root, "services.app.volumes.4.source")).isEqualTo("vol");
        assertThat(text(root, "services.remote.build")).isEqualTo("https://github.com/example/app.git#main");
        assertThat(text(root, "configs.app_conf.file")).isEqualTo("/project/conf/app.conf");
        assertThat(text(root, "secrets.token.file")).isEqualTo("/project/token.txt");
    }

    @Test
    void pathsOfOverrideFilesAreRelativeToTheProjectDirectory() {
        MapNode root = new LoaderFixture()
                .file("compose.yaml", "services: {app: {image: a}}\n")
                .file("overrides/dev.yaml", "services: {app: {volumes: [./src:/src]}}\n")
                .load("compose.yaml", "overrides/dev.yaml");
        assertThat(text(root, "services.app.volumes.0")).isEqualTo("/project/src:/src");
    }
}
