package dev.berth.engine.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.berth.compose.bind.ProjectBinder;
import dev.berth.compose.model.Project;
import dev.berth.compose.problem.ComposeException;
import dev.berth.compose.problem.Problem;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BerthExtensionsTest {

    @TempDir
    Path dir;

    private Project load(String yaml) {
        return ProjectBinder.bind((MapNode) new YamlReader().read("compose.yaml", yaml), "shop");
    }

    private BerthBuild bind(String yaml) throws Exception {
        Files.createDirectories(dir.resolve("src"));
        return BerthExtensions.bind(load(yaml), dir);
    }

    private List<String> problems(String yaml) throws Exception {
        Files.createDirectories(dir.resolve("src"));
        ComposeException e = catchThrowableOfType(ComposeException.class, () -> BerthExtensions.bind(load(yaml), dir));
        assertThat(e).as("binding should fail").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    private static final String COMPILE = """
            x-berth:
              source:
                path: ./src
            services:
              compile:
                image: berth/build-jdk:17
                command: ["ant", "dist"]
                environment: {ANT_OPTS: -Xmx1g}
                x-berth-compile:
                  source: /work
                  outputs:
                    catalog.jar: /work/dist/catalog.jar
                    web: /work/dist/web
            """;

    @Test
    void bindsSourceCompileStepModulesAndTemplates() throws Exception {
        BerthBuild build = bind(COMPILE + """
                  catalog:
                    image: berth/jre:17
                    x-berth-artifacts:
                      catalog.jar: /app/catalog.jar
                      web: /app/web
                configs:
                  conf:
                    content: "x={{ environment }}"
                    x-berth-template: true
                  plain:
                    content: "y"
                """);
        assertThat(build.source()).isEqualTo(new BerthBuild.Source(dir.resolve("src"), null, null));
        assertThat(build.compile()).isEqualTo(new BerthBuild.CompileStep("compile", "berth/build-jdk:17",
                List.of("ant", "dist"), null, Map.of("ANT_OPTS", "-Xmx1g"), null, "/work",
                Map.of("catalog.jar", "/work/dist/catalog.jar", "web", "/work/dist/web")));
        assertThat(build.modules()).containsOnlyKeys("catalog");
        assertThat(build.modules().get("catalog").targets())
                .containsExactly(Map.entry("catalog.jar", "/app/catalog.jar"), Map.entry("web", "/app/web"));
        assertThat(build.templates()).containsExactly("conf");
    }

    @Test
    void theSourceTargetDefaultsToSrc() throws Exception {
        BerthBuild build = bind("""
                x-berth: {source: {git: https://git.example.com/shop.git, ref: v1.4}}
                services:
                  compile:
                    image: b
                    x-berth-compile: {outputs: {a: /src/a}}
                """);
        assertThat(build.compile().sourceTarget()).isEqualTo("/src");
        assertThat(build.source()).isEqualTo(new BerthBuild.Source(null, "https://git.example.com/shop.git", "v1.4"));
    }

    @Test
    void aProjectWithoutExtensionsHasNoBuild() throws Exception {
        assertThat(bind("services: {web: {image: nginx}}\n").empty()).isTrue();
    }

    @Test
    void anArtifactNoCompileStepDeclaresIsAnErrorAtTheModule() throws Exception {
        assertThat(problems(COMPILE + """
                  catalog:
                    image: berth/jre:17
                    x-berth-artifacts:
                      orders.jar: /app/orders.jar
                """)).containsExactly("compose.yaml:17:19: services.catalog.x-berth-artifacts.orders.jar: artifact orders.jar"
                + " is produced by no compile step (compile declares catalog.jar, web)");
    }

    @Test
    void artifactsWithoutAnyCompileStep() throws Exception {
        assertThat(problems("""
                services:
                  catalog:
                    image: j
                    x-berth-artifacts: {a.jar: /app/a.jar}
                """)).containsExactly("compose.yaml:4:32: services.catalog.x-berth-artifacts.a.jar: artifact a.jar"
                + " is produced by no compile step (no service declares x-berth-compile)");
    }

    @Test
    void aRelativeContainerPathIsAnError() throws Exception {
        assertThat(problems(COMPILE + """
                  catalog:
                    image: j
                    x-berth-artifacts:
                      catalog.jar: app/catalog.jar
                """)).containsExactly("compose.yaml:17:20: services.catalog.x-berth-artifacts.catalog.jar: expected an"
                + " absolute path in the container, such as /app/catalog.jar, found \"app/catalog.jar\"");
    }

    @Test
    void aRelativeOutputPathAndSourceTargetAreErrors() throws Exception {
        assertThat(problems("""
                x-berth: {source: {path: ./src}}
                services:
                  compile:
                    image: b
                    x-berth-compile:
                      source: src
                      outputs: {a: out/a}
                """)).containsExactly(
                "compose.yaml:6:15: services.compile.x-berth-compile.source: expected an absolute path in the container,"
                        + " found \"src\"",
                "compose.yaml:7:20: services.compile.x-berth-compile.outputs.a: expected an absolute path in the"
                        + " container, such as /app/a, found \"out/a\"");
    }

    @Test
    void twoCompileStepsAreAnError() throws Exception {
        assertThat(problems(COMPILE + """
                  again:
                    image: b
                    x-berth-compile: {outputs: {x: /src/x}}
                """)).containsExactly("compose.yaml:10:7: services.compile.x-berth-compile: a project has one compile"
                + " step; again is one already");
    }

    @Test
    void theCompileStepTakesNoArtifactsItself() throws Exception {
        assertThat(problems("""
                x-berth: {source: {path: .}}
                services:
                  compile:
                    image: b
                    x-berth-compile: {outputs: {x: /src/x}}
                    x-berth-artifacts: {x: /opt/x}
                """)).contains("compose.yaml:6:24: services.compile.x-berth-artifacts: the compile step cannot take"
                + " artifacts itself");
    }

    @Test
    void aCompileStepNeedsSourceImageAndOutputs() throws Exception {
        assertThat(problems("""
                services:
                  compile:
                    build: .
                    x-berth-compile: {source: /src}
                """)).containsExactly(
                "compose.yaml:4:22: services.compile.x-berth-compile: a compile step needs a source: declare"
                        + " x-berth.source with path or git",
                "compose.yaml:4:22: services.compile.x-berth-compile: expected outputs: artifact name → path in the"
                        + " container, at least one",
                "compose.yaml:4:22: services.compile.x-berth-compile: the compile step needs an image to run in");
    }

    @Test
    void theSourceIsAPathOrAGitRepositoryThatExists() throws Exception {
        assertThat(problems("""
                x-berth:
                  source: {path: ./src, git: https://g/x.git}
                """)).containsExactly("compose.yaml:2:11: x-berth.source: path and git exclude each other; a source"
                + " is one of them");
        assertThat(problems("""
                x-berth:
                  source: {}
                """)).containsExactly("compose.yaml:2:11: x-berth.source: expected path (a local directory) or git"
                + " (a repository URL)");
        assertThat(problems("""
                x-berth:
                  source: {path: ./missing, ref: main}
                """)).containsExactly(
                "compose.yaml:2:18: x-berth.source.path: the source directory " + dir.resolve("missing")
                        + " does not exist",
                "compose.yaml:2:34: x-berth.source.ref: ref belongs to a git source, not to a local path");
    }

    @Test
    void berthExtensionsWhereBerthReadsNoneAreErrorsToo() throws Exception {
        String nowhere = "no Berth extension belongs here: x-berth goes at the top, x-berth-compile and"
                + " x-berth-artifacts on services, x-berth-template on configs";
        assertThat(problems("""
                x-berth-source: {path: ./src}
                services:
                  web: {image: w}
                secrets:
                  s: {file: ./s, x-berth-template: true}
                networks:
                  n: {x-berth-template: true}
                volumes:
                  v: {x-berth-artifacts: {a: /a}}
                """)).containsExactly(
                "compose.yaml:1:17: x-berth-source: " + nowhere,
                "compose.yaml:5:36: secrets.s.x-berth-template: " + nowhere,
                "compose.yaml:7:25: networks.n.x-berth-template: " + nowhere,
                "compose.yaml:9:26: volumes.v.x-berth-artifacts: " + nowhere);
    }

    @Test
    void unknownKeysAndWrongTypesNameTheirPath() throws Exception {
        assertThat(problems("""
                x-berth:
                  sources: {path: ./src}
                services:
                  web:
                    image: w
                    x-berth-artifact: {a: /a}
                configs:
                  c:
                    content: x
                    x-berth-template: "yes"
                """)).containsExactly(
                "compose.yaml:2:12: x-berth.sources: unknown key; expected source",
                "compose.yaml:6:23: services.web.x-berth-artifact: unknown Berth extension here; expected"
                        + " x-berth-artifacts or x-berth-compile",
                "compose.yaml:10:23: configs.c.x-berth-template: expected true or false");
        assertThat(problems("""
                x-berth: {source: {path: ./src}}
                services:
                  compile:
                    image: b
                    x-berth-compile: [a]
                """)).containsExactly("compose.yaml:5:22: services.compile.x-berth-compile: expected a mapping,"
                + " found a sequence");
    }

    @Test
    void twoArtifactsAtOneTargetAndBadNamesAreErrors() throws Exception {
        assertThat(problems(COMPILE + """
                  catalog:
                    image: j
                    x-berth-artifacts:
                      catalog.jar: /app/x
                      web: /app/x
                """)).containsExactly("compose.yaml:18:12: services.catalog.x-berth-artifacts.web: artifact"
                + " catalog.jar goes to /app/x already");
        assertThat(problems("""
                x-berth: {source: {path: ./src}}
                services:
                  compile:
                    image: b
                    x-berth-compile: {outputs: {"a b": /src/a}}
                """)).containsExactly("compose.yaml:5:40: services.compile.x-berth-compile.outputs.a b: an artifact"
                + " name is letters, digits, '.', '_' and '-', found \"a b\"");
    }

    @Test
    void aTemplateNeedsText() throws Exception {
        assertThat(problems("""
                configs:
                  c:
                    external: true
                    x-berth-template: true
                """)).containsExactly("compose.yaml:4:23: configs.c.x-berth-template: a template needs its text in"
                + " file or content");
    }
}
