package dev.berth.engine.artifact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactStoreTest {

    /** sha256 of "hello\n", as sha256sum prints it. */
    private static final String HELLO = "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03";

    @TempDir
    Path root;

    private ArtifactStore store() {
        return new ArtifactStore(root);
    }

    private static ByteArrayInputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void putStoresContentUnderItsSha256() throws Exception {
        ArtifactStore.Blob blob = store().put(bytes("hello\n"));
        assertThat(blob).isEqualTo(new ArtifactStore.Blob(HELLO, 6));
        assertThat(store().blob(HELLO)).isEqualTo(root.resolve("blobs/sha256/" + HELLO));
        assertThat(Files.readString(store().blob(HELLO))).isEqualTo("hello\n");
        assertThat(store().has(HELLO)).isTrue();
        try (var files = Files.list(root.resolve("blobs/sha256"))) {
            assertThat(files).as("no temporary file is left").hasSize(1);
        }
    }

    @Test
    void theSameContentTwiceIsOneBlob() {
        store().put(bytes("hello\n"));
        store().put(bytes("hello\n"));
        assertThat(root.resolve("blobs/sha256").toFile().list()).containsExactly(HELLO);
    }

    @Test
    void verifyPassesForIntactContent() {
        store().put(bytes("hello\n"));
        store().verify("a.jar", HELLO);
    }

    @Test
    void verifyDetectsACorruptedBlob() throws Exception {
        store().put(bytes("hello\n"));
        Files.writeString(store().blob(HELLO), "hellO\n");
        assertThatThrownBy(() -> store().verify("catalog.jar", HELLO))
                .isInstanceOf(ArtifactException.class)
                .hasMessage("artifact catalog.jar is corrupted in the store: " + store().blob(HELLO) + " should have sha256:"
                        + HELLO + " but has sha256:0655937a5582c55b9ac610ed7ce474ed9be0a0fbefe9afcba31b36040be5530b;"
                        + " delete it and run again to rebuild");
    }

    @Test
    void verifyNamesAMissingArtifact() {
        assertThatThrownBy(() -> store().verify("catalog.jar", HELLO))
                .hasMessage("artifact catalog.jar (sha256:" + HELLO + ") is not in the store " + root);
    }

    @Test
    void recordsStepsByInputHash() {
        StepRecord step = new StepRecord("abc", "compile", "sha256:img", "src", "2026-01-01T00:00:00Z",
                Map.of("a.jar", new StepRecord.Output(HELLO, 6, "file", "/src/a.jar")));
        store().record(step);
        assertThat(store().step("abc")).contains(step);
        assertThat(store().step("other")).isEmpty();
        assertThat(store().complete(step)).as("the blob is missing").isFalse();
        store().put(bytes("hello\n"));
        assertThat(store().complete(step)).isTrue();
    }

    @Test
    void anUnreadableRecordCountsAsNone() throws Exception {
        Files.createDirectories(root.resolve("steps"));
        Files.writeString(root.resolve("steps/abc.json"), "{not json");
        assertThat(store().step("abc")).isEmpty();
    }

    @Test
    void theDefaultRootFollowsTheCacheDirectory() {
        assertThat(ArtifactStore.defaultRoot("/var/cache/b", Map.of())).isEqualTo(Path.of("/var/cache/b/artifacts"));
        assertThat(ArtifactStore.defaultRoot("~/c", Map.of("HOME", "/h"))).isEqualTo(Path.of("/h/c/artifacts"));
        assertThat(ArtifactStore.defaultRoot(null, Map.of("XDG_CACHE_HOME", "/x", "HOME", "/h")))
                .isEqualTo(Path.of("/x/berth/artifacts"));
        assertThat(ArtifactStore.defaultRoot(null, Map.of("HOME", "/h"))).isEqualTo(Path.of("/h/.cache/berth/artifacts"));
    }
}
