package dev.berth.engine.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.bind.ProjectBinder;
import dev.berth.compose.model.Project;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.yaml.YamlReader;
import dev.berth.engine.Labels;
import dev.berth.engine.template.ConfigTemplates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployableProjectTest {

    @TempDir
    Path dir;

    private static final String YAML = """
            x-berth: {source: {path: .}}
            services:
              compile:
                image: b
                x-berth-compile: {outputs: {a.jar: /src/a.jar}}
              catalog:
                image: berth/jre:17
                command: ["java", "-jar", "/app/a.jar"]
                depends_on:
                  compile: {condition: service_completed_successfully}
                  redis: {condition: service_healthy}
                deploy: {labels: {team: shop}}
                ports: ["18080:8080"]
                x-berth-artifacts: {a.jar: /app/a.jar}
              redis:
                image: redis
            configs:
              conf:
                content: "redis={{ service.redis }} me={{ published.catalog.8080 }} env={{ environment }}"
                x-berth-template: true
            """;

    @Test
    void dropsTheCompileStepAndPutsModulesOnTheirImagesWithTemplatesRendered() {
        Project project = ProjectBinder.bind((MapNode) new YamlReader().read("compose.yaml", YAML), "shop");
        BerthBuild build = BerthExtensions.bind(project, dir);
        Map<String, String> rendered = ConfigTemplates.render(project, build,
                ConfigTemplates.context(project, build, "shop-alice", "10.0.0.1", Map.of()));
        Project out = DeployableProject.of(project, build,
                Map.of("catalog", new DeployableProject.ModuleImageRef("berth-module/shop-catalog:abc", "a.jar=sha256:aa@/app/a.jar",
                        "compile@0123abcd")),
                rendered);

        assertThat(out.services()).containsOnlyKeys("catalog", "redis");
        var catalog = out.services().get("catalog");
        assertThat(catalog.image()).isEqualTo("berth-module/shop-catalog:abc");
        assertThat(catalog.command()).containsExactly("java", "-jar", "/app/a.jar");
        assertThat(catalog.dependsOn()).containsOnlyKeys("redis");
        assertThat(catalog.deploy().labels()).containsEntry("team", "shop")
                .containsEntry(Labels.ARTIFACTS, "a.jar=sha256:aa@/app/a.jar")
                .containsEntry(Labels.ARTIFACTS_PRODUCER, "compile@0123abcd");
        assertThat(out.services().get("redis")).isEqualTo(project.services().get("redis"));
        assertThat(out.configs().get("conf").content()).isEqualTo("redis=redis me=10.0.0.1:18080 env=shop-alice");
    }

    @Test
    void aTemplateFileIsReadAndItsProblemsNameTheFile() throws Exception {
        Path file = dir.resolve("c.properties");
        Files.writeString(file, "x={{ service.compile }}\n");
        Project project = ProjectBinder.bind((MapNode) new YamlReader().read("compose.yaml", YAML.replace(
                "content: \"redis={{ service.redis }} me={{ published.catalog.8080 }} env={{ environment }}\"",
                "file: " + file)), "shop");
        BerthBuild build = BerthExtensions.bind(project, dir);
        var context = ConfigTemplates.context(project, build, "shop-alice", "10.0.0.1", Map.of());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConfigTemplates.render(project, build, context))
                .hasMessage(file + ":1:3: configs.conf: no service \"compile\" in the environment; known: catalog, redis");
    }
}
