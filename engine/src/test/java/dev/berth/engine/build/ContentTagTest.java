package dev.berth.engine.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentTagTest {

    private static final BuildInputs INPUTS = new BuildInputs(Map.of("A", "1"), null, Map.of(), null, Map.of(),
            Map.of("berth/busybox:1", "sha256:aaa"));

    @TempDir
    Path dir;

    @BeforeEach
    void context() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), "FROM berth/busybox:1\nCOPY . /app\n");
        Files.writeString(dir.resolve("app.txt"), "v1");
        Files.writeString(dir.resolve(".dockerignore"), "*.log\n");
    }

    private String tag(BuildInputs inputs) {
        return ContentTag.of(BuildContext.collect(dir, "Dockerfile", null), inputs);
    }

    @Test
    void theSameInputsGiveTheSameTwelveCharacterTag() {
        String first = tag(INPUTS);
        assertThat(first).hasSize(12).matches("[0-9a-f]{12}");
        assertThat(tag(new BuildInputs(Map.of("A", "1"), null, Map.of(), null, Map.of(),
                Map.of("berth/busybox:1", "sha256:aaa")))).isEqualTo(first);
    }

    @Test
    void aChangedFileGivesANewTag() throws IOException {
        String before = tag(INPUTS);
        Files.writeString(dir.resolve("app.txt"), "v2");
        assertThat(tag(INPUTS)).isNotEqualTo(before);
    }

    @Test
    void anAddedOrRenamedFileOrAChangedModeGivesANewTag() throws IOException {
        String before = tag(INPUTS);
        Files.writeString(dir.resolve("new.txt"), "");
        String added = tag(INPUTS);
        assertThat(added).isNotEqualTo(before);
        Files.move(dir.resolve("new.txt"), dir.resolve("other.txt"));
        assertThat(tag(INPUTS)).isNotEqualTo(added).isNotEqualTo(before);
        String renamed = tag(INPUTS);
        Files.setPosixFilePermissions(dir.resolve("other.txt"), PosixFilePermissions.fromString("rwxr-xr-x"));
        assertThat(tag(INPUTS)).isNotEqualTo(renamed);
    }

    @Test
    void anIgnoredFileKeepsTheTag() throws IOException {
        String before = tag(INPUTS);
        Files.writeString(dir.resolve("debug.log"), "noise");
        assertThat(tag(INPUTS)).isEqualTo(before);
    }

    @Test
    void aChangedDockerfileGivesANewTag() throws IOException {
        String before = tag(INPUTS);
        Files.writeString(dir.resolve("Dockerfile"), "FROM berth/busybox:1\nCOPY . /srv\n");
        assertThat(tag(INPUTS)).isNotEqualTo(before);
    }

    @Test
    void everyBuildInputChangesTheTag() {
        String base = tag(INPUTS);
        List<BuildInputs> changed = List.of(
                new BuildInputs(Map.of("A", "2"), null, Map.of(), null, Map.of(), INPUTS.baseImages()),
                new BuildInputs(Map.of("A", "1", "B", "1"), null, Map.of(), null, Map.of(), INPUTS.baseImages()),
                new BuildInputs(Map.of("A", "1"), "test", Map.of(), null, Map.of(), INPUTS.baseImages()),
                new BuildInputs(Map.of("A", "1"), null, Map.of("team", "x"), null, Map.of(), INPUTS.baseImages()),
                new BuildInputs(Map.of("A", "1"), null, Map.of(), "host", Map.of(), INPUTS.baseImages()),
                new BuildInputs(Map.of("A", "1"), null, Map.of(), null, Map.of("db", List.of("10.0.0.1")),
                        INPUTS.baseImages()),
                INPUTS.withBaseImages(Map.of("berth/busybox:1", "sha256:bbb")));
        for (BuildInputs inputs : changed) {
            assertThat(tag(inputs)).as(inputs.toString()).isNotEqualTo(base);
        }
    }

    @Test
    void argumentOrderDoesNotMatter() {
        java.util.LinkedHashMap<String, String> ab = new java.util.LinkedHashMap<>();
        ab.put("A", "1");
        ab.put("B", "2");
        java.util.LinkedHashMap<String, String> ba = new java.util.LinkedHashMap<>();
        ba.put("B", "2");
        ba.put("A", "1");
        assertThat(tag(new BuildInputs(ab, null, Map.of(), null, Map.of(), Map.of())))
                .isEqualTo(tag(new BuildInputs(ba, null, Map.of(), null, Map.of(), Map.of())));
    }
}
