package dev.berth.compose.load;

import static dev.berth.compose.load.LoaderFixture.at;
import static dev.berth.compose.load.LoaderFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.tree.MapNode;
import org.junit.jupiter.api.Test;

class ExtendsTest {

    @Test
    void extendsAServiceOfTheSameFile() {
        MapNode root = new LoaderFixture().file("compose.yaml", """
                services:
                  base:
                    image: busybox
                    environment: {A: "1"}
                  web:
                    extends: base
                    environment: {B: "2"}
                """).load("compose.yaml");
        assertThat(text(root, "services.web.image")).isEqualTo("busybox");
        assertThat(((MapNode) at(root, "services.web.environment")).keys()).containsExactly("A", "B");
        assertThat(((MapNode) at(root, "services.web")).has("extends")).isFalse();
    }

    @Test
    void extendsAServiceOfAnotherFileWithItsPathsRelativeToThatFile() {
        MapNode root = new LoaderFixture()
                .file("compose.yaml", """
                        services:
                          web:
                            extends: {file: common/base.yaml, service: app}
                            command: [serve]
                        """)
                .file("common/base.yaml", """
                        services:
                          app:
                            build: ./src
                            volumes: ["./conf:/etc/app:ro"]
                            command: [run]
                        """).load("compose.yaml");
        assertThat(text(root, "services.web.build")).isEqualTo("/project/common/src");
        assertThat(text(root, "services.web.volumes.0")).isEqualTo("/project/common/conf:/etc/app:ro");
        assertThat(text(root, "services.web.command.0")).isEqualTo("serve");
    }

    @Test
    void extendsChainsTransitively() {
        MapNode root = new LoaderFixture().file("compose.yaml", """
                services:
                  a: {image: one, user: root}
                  b: {extends: a, user: b}
                  c: {extends: {service: b}, working_dir: /c}
                """).load("compose.yaml");
        assertThat(text(root, "services.c.image")).isEqualTo("one");
        assertThat(text(root, "services.c.user")).isEqualTo("b");
        assertThat(text(root, "services.c.working_dir")).isEqualTo("/c");
    }

    @Test
    void aCycleIsAnErrorThatShowsTheChain() {
        LoaderFixture fixture = new LoaderFixture().file("compose.yaml", """
                services:
                  a: {extends: b, image: x}
                  b: {extends: c}
                  c: {extends: a}
                """);
        fixture.load("compose.yaml");
        assertThat(fixture.problemTexts()).containsExactly(
                "compose.yaml:2:16: services.a.extends: extends cycle: a -> b -> c -> a");
    }

    @Test
    void aMissingBaseServiceIsAnError() {
        LoaderFixture fixture = new LoaderFixture().file("compose.yaml", """
                services:
                  web:
                    extends: {file: base.yaml, service: nope}
                """).file("base.yaml", "services: {app: {image: x}}\n");
        fixture.load("compose.yaml");
        assertThat(fixture.problemTexts()).containsExactly(
                "compose.yaml:3:41: services.web.extends.service: cannot extend service \"nope\": no such service in base.yaml");
    }

    @Test
    void aMissingBaseFileIsAnError() {
        LoaderFixture fixture = new LoaderFixture().file("compose.yaml", """
                services:
                  web:
                    extends: {file: gone.yaml, service: app}
                """);
        fixture.load("compose.yaml");
        assertThat(fixture.problemTexts()).containsExactly("compose.yaml:3:21: compose file gone.yaml does not exist");
    }
}
