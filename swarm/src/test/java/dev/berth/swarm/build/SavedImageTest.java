package dev.berth.swarm.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedImageTest {

    @TempDir
    Path dir;

    /** A tar laid out as docker save writes it: layer directories, the config, manifest.json last. */
    private Path saved() throws IOException {
        Path file = dir.resolve("image.tar");
        try (OutputStream out = Files.newOutputStream(file); TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            for (String name : List.of("aaa/VERSION", "aaa/json", "aaa/layer.tar", "bbb/VERSION", "bbb/json",
                    "bbb/layer.tar", "ccc/VERSION", "ccc/json", "ccc/layer.tar", "cfg.json")) {
                add(tar, name, "content of " + name);
            }
            add(tar, "manifest.json", "[{\"Config\":\"cfg.json\",\"RepoTags\":[\"berth/x:1\"],"
                    + "\"Layers\":[\"aaa/layer.tar\",\"bbb/layer.tar\",\"ccc/layer.tar\",\"aaa/layer.tar\"]}]");
        }
        return file;
    }

    private static void add(TarArchiveOutputStream tar, String name, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        TarArchiveEntry e = new TarArchiveEntry(name);
        e.setSize(bytes.length);
        tar.putArchiveEntry(e);
        tar.write(bytes);
        tar.closeArchiveEntry();
    }

    private static List<String> names(InputStream stream) throws IOException {
        List<String> out = new ArrayList<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(stream)) {
            TarArchiveEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.add(e.getName());
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).startsWith(
                        e.getName().equals("manifest.json") ? "[" : "content of " + e.getName());
            }
        }
        return out;
    }

    @Test
    void readsTheLayerFilesFromTheManifest() throws IOException {
        assertThat(SavedImage.read(saved()).layerFiles())
                .containsExactly("aaa/layer.tar", "bbb/layer.tar", "ccc/layer.tar", "aaa/layer.tar");
    }

    @Test
    void leavesOutTheFilesOfTheSharedBottomLayersUnlessAHigherLayerUsesThem() throws IOException {
        SavedImage image = SavedImage.read(saved());
        assertThat(names(image.without(0))).hasSize(11);
        assertThat(names(image.without(2))).containsExactly("aaa/VERSION", "aaa/json", "aaa/layer.tar", "bbb/VERSION",
                "bbb/json", "ccc/VERSION", "ccc/json", "ccc/layer.tar", "cfg.json", "manifest.json");
        assertThat(names(image.without(3))).doesNotContain("bbb/layer.tar", "ccc/layer.tar").contains("aaa/layer.tar");
        assertThat(names(image.without(4))).doesNotContain("aaa/layer.tar", "bbb/layer.tar", "ccc/layer.tar");
    }

    @Test
    void sharedPrefixCountsTheCommonBottomLayers() {
        assertThat(SavedImage.sharedPrefix(List.of("a", "b", "c"), List.of("a", "b"))).isEqualTo(2);
        assertThat(SavedImage.sharedPrefix(List.of("a", "b", "c"), List.of("a", "x", "c"))).isEqualTo(1);
        assertThat(SavedImage.sharedPrefix(List.of("a"), List.of("a", "b"))).isEqualTo(1);
        assertThat(SavedImage.sharedPrefix(List.of("a"), List.of())).isZero();
    }
}
