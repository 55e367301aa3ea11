package dev.berth.compose.load;

import static dev.berth.compose.load.LoaderFixture.at;
import static dev.berth.compose.load.LoaderFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.tree.MapNode;
import org.junit.jupiter.api.Test;

class IncludeTest {

    @Test
    void importsTheResourcesOfAnIncludedProjectWithItsOwnPaths() {
        MapNode root = new LoaderFixture()
                .file("compose.yaml", """
                        include:
                          - infra/compose.yaml
                        services:
                          web: {image: web, depends_on: [db]}
                        """)
                .file("infra/compose.yaml", """
                        services:
                          db:
                            image: mariadb
                            volumes: ["./init:/docker-entrypoint-initdb.d"]
                        volumes:
                          data: {}
                        """).load("compose.yaml");
        assertThat(((MapNode) at(root, "services")).keys()).containsExactly("web", "db");
        assertThat(text(root, "services.db.volumes.0")).isEqualTo("/project/infra/init:/docker-entrypoint-initdb.d");
        assertThat(((MapNode) root.get("volumes")).keys()).containsExactly("data");
        assertThat(root.has("include")).isFalse();
    }

    @Test
    void anIncludedProjectInterpolatesWithItsOwnEnvFileUnderTheParentEnvironment() {
        LoaderFixture fixture = new LoaderFixture()
                .file("compose.yaml", """
                        include:
                          - path: infra/compose.yaml
                            env_file: infra/infra.env
                        """)
                .file("infra/compose.yaml", "services: {db: {image: \"mariadb:${DB_TAG}\", user: \"${HOME}\"}}\n")
                .file("infra/infra.env", "DB_TAG=10.11\nHOME=/elsewhere\n");
        MapNode root = fixture.load("compose.yaml");
        assertThat(text(root, "services.db.image")).isEqualTo("mariadb:10.11");
        assertThat(text(root, "services.db.user")).isEqualTo("/home/tester");
    }

    @Test
    void aConflictingDefinitionIsAnError() {
        LoaderFixture fixture = new LoaderFixture()
                .file("compose.yaml", """
                        include: [other.yaml]
                        services:
                          db: {image: postgres}
                        """)
                .file("other.yaml", "services: {db: {image: mariadb}}\n");
        fixture.load("compose.yaml");
        assertThat(fixture.problemTexts()).containsExactly(
                "compose.yaml:1:11: include.0: the included project defines services.db differently from compose.yaml:3:3");
    }

    @Test
    void anIncludeCycleIsAnError() {
        LoaderFixture fixture = new LoaderFixture()
                .file("compose.yaml", "include: [a.yaml]\n")
                .file("a.yaml", "include: [b.yaml]\n")
                .file("b.yaml", "include: [compose.yaml]\n");
        fixture.load("compose.yaml");
        assertThat(fixture.problemTexts()).containsExactly(
                "b.yaml:1:11: include.0: include cycle: compose.yaml -> a.yaml -> b.yaml -> compose.yaml");
    }
}
