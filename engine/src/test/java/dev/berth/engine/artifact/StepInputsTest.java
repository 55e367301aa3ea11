package dev.berth.engine.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StepInputsTest {

    @TempDir
    Path src;

    private static final BerthBuild.CompileStep STEP = new BerthBuild.CompileStep("compile", "b", List.of("make"), null,
            Map.of("A", "1", "B", "2"), null, "/src", Map.of("a.jar", "/src/a.jar"));

    private static String key(BerthBuild.CompileStep step) {
        return StepInputs.of(step, "tree", "sha256:image").hash();
    }

    private static BerthBuild.CompileStep withEnvironment(Map<String, String> env) {
        return new BerthBuild.CompileStep("compile", "b", List.of("make"), null, env, null, "/src", Map.of("a.jar", "/src/a.jar"));
    }

    @Test
    void whatChangesTheKey() {
        String base = key(STEP);
        assertThat(StepInputs.of(STEP, "tree2", "sha256:image").hash()).isNotEqualTo(base);
        assertThat(StepInputs.of(STEP, "tree", "sha256:other").hash()).isNotEqualTo(base);
        assertThat(key(new BerthBuild.CompileStep("compile", "b", List.of("make", "all"), null, STEP.environment(), null,
                "/src", STEP.outputs()))).isNotEqualTo(base);
        assertThat(key(new BerthBuild.CompileStep("compile", "b", List.of("make"), List.of("sh"), STEP.environment(), null,
                "/src", STEP.outputs()))).isNotEqualTo(base);
        assertThat(key(withEnvironment(Map.of("A", "1", "B", "3")))).isNotEqualTo(base);
        assertThat(key(new BerthBuild.CompileStep("compile", "b", List.of("make"), null, STEP.environment(), "/w",
                "/src", STEP.outputs()))).isNotEqualTo(base);
        assertThat(key(new BerthBuild.CompileStep("compile", "b", List.of("make"), null, STEP.environment(), null,
                "/work", STEP.outputs()))).isNotEqualTo(base);
        assertThat(key(new BerthBuild.CompileStep("compile", "b", List.of("make"), null, STEP.environment(), null,
                "/src", Map.of("a.jar", "/src/dist/a.jar")))).isNotEqualTo(base);
    }

    @Test
    void whatDoesNotChangeTheKey() {
        String base = key(STEP);
        Map<String, String> reordered = new LinkedHashMap<>();
        reordered.put("B", "2");
        reordered.put("A", "1");
        assertThat(key(withEnvironment(reordered))).isEqualTo(base);
        assertThat(key(new BerthBuild.CompileStep("build", "other-tag-same-id", List.of("make"), null, STEP.environment(),
                null, "/src", STEP.outputs()))).as("name and image reference; the image ID counts").isEqualTo(base);
    }

    @Test
    void fieldsDoNotRunIntoEachOther() {
        assertThat(key(new BerthBuild.CompileStep("c", "b", List.of("a b"), null, Map.of(), null, "/src", Map.of())))
                .isNotEqualTo(key(new BerthBuild.CompileStep("c", "b", List.of("a", "b"), null, Map.of(), null, "/src", Map.of())));
        assertThat(key(new BerthBuild.CompileStep("c", "b", null, null, Map.of(), null, "/src", Map.of())))
                .isNotEqualTo(key(new BerthBuild.CompileStep("c", "b", List.of(), null, Map.of(), null, "/src", Map.of())));
    }

    @Test
    void theSourceHashFollowsContentNamesAndModesNotTimes() throws Exception {
        Files.createDirectories(src.resolve("lib"));
        Files.writeString(src.resolve("lib/a.txt"), "a");
        Files.writeString(src.resolve("run.sh"), "echo");
        String base = SourceTree.of(src).hash();

        Files.setLastModifiedTime(src.resolve("lib/a.txt"), FileTime.fromMillis(0));
        Files.createDirectories(src.resolve(".git"));
        Files.writeString(src.resolve(".git/HEAD"), "ref: main");
        assertThat(SourceTree.of(src).hash()).as("times and .git do not count").isEqualTo(base);

        src.resolve("run.sh").toFile().setExecutable(true);
        String executable = SourceTree.of(src).hash();
        assertThat(executable).isNotEqualTo(base);

        Files.writeString(src.resolve("lib/a.txt"), "b");
        assertThat(SourceTree.of(src).hash()).isNotEqualTo(executable);

        Files.writeString(src.resolve("lib/a.txt"), "a");
        assertThat(SourceTree.of(src).hash()).isEqualTo(executable);
        Files.move(src.resolve("lib/a.txt"), src.resolve("lib/b.txt"));
        assertThat(SourceTree.of(src).hash()).isNotEqualTo(executable);
        assertThat(SourceTree.of(src).entries()).extracting(SourceTree.Entry::path).containsExactly("lib", "lib/b.txt", "run.sh");
    }
}
