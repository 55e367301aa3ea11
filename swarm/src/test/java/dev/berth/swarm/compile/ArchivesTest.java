package dev.berth.swarm.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.artifact.ArtifactStore;
import dev.berth.engine.artifact.ModuleLayer;
import dev.berth.engine.artifact.SourceTree;
import dev.berth.engine.artifact.StepRecord;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchivesTest {

    @TempDir
    Path dir;

    /** A tar as the engine sends it for GET /containers/{id}/archive: named from the path's last element, with times. */
    private static byte[] engineTar(long time, Map<String, String> files) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                TarArchiveEntry e = new TarArchiveEntry(f.getKey());
                e.setModTime(time);
                if (f.getValue() != null) {
                    byte[] bytes = f.getValue().getBytes(StandardCharsets.UTF_8);
                    e.setSize(bytes.length);
                    tar.putArchiveEntry(e);
                    tar.write(bytes);
                } else {
                    tar.putArchiveEntry(e);
                }
                tar.closeArchiveEntry();
            }
        }
        return out.toByteArray();
    }

    private static Map<String, String> entries(byte[] tar) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(tar))) {
            for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), e.isDirectory() ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    @Test
    void aFileOutputIsStoredAsItsBytes() throws Exception {
        ArtifactStore store = new ArtifactStore(dir.resolve("store"));
        StepRecord.Output out = OutputArchive.store(new ByteArrayInputStream(engineTar(1000, Map.of("a.txt", "alpha\n"))),
                "/src/out/a.txt", store);
        assertThat(out.kind()).isEqualTo("file");
        assertThat(out.size()).isEqualTo(6);
        assertThat(Files.readString(store.blob(out.sha256()))).isEqualTo("alpha\n");
    }

    @Test
    void aDirectoryOutputHashesTheSameWhateverItsTimesAndOrder() throws Exception {
        ArtifactStore store = new ArtifactStore(dir.resolve("store"));
        Map<String, String> one = new LinkedHashMap<>();
        one.put("out/", null);
        one.put("out/b.txt", "b");
        one.put("out/sub/", null);
        one.put("out/sub/a.txt", "a");
        Map<String, String> two = new LinkedHashMap<>();
        two.put("out/", null);
        two.put("out/sub/", null);
        two.put("out/sub/a.txt", "a");
        two.put("out/b.txt", "b");
        StepRecord.Output first = OutputArchive.store(new ByteArrayInputStream(engineTar(1000, one)), "/src/out", store);
        StepRecord.Output second = OutputArchive.store(new ByteArrayInputStream(engineTar(999_999, two)), "/src/out", store);
        assertThat(first.kind()).isEqualTo("directory");
        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(entries(Files.readAllBytes(store.blob(first.sha256()))).keySet())
                .containsExactly("b.txt", "sub/", "sub/a.txt");
    }

    @Test
    void theLayerPutsFilesAndDirectoriesAtTheirTargets() throws Exception {
        ArtifactStore store = new ArtifactStore(dir.resolve("store"));
        Map<String, String> web = new LinkedHashMap<>();
        web.put("web/", null);
        web.put("web/index.html", "hi");
        StepRecord.Output dirOut = OutputArchive.store(new ByteArrayInputStream(engineTar(1, web)), "/src/web", store);
        ArtifactStore.Blob jar = store.put(new ByteArrayInputStream("jar".getBytes(StandardCharsets.UTF_8)));
        ModuleLayer layer = new ModuleLayer("shop", "catalog", "sha256:base", List.of(
                new ModuleLayer.Delivery("app.jar", jar.sha256(), 3, false, "/app/app.jar"),
                new ModuleLayer.Delivery("web", dirOut.sha256(), dirOut.size(), true, "/srv/www")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LayerArchive.write(layer, store, out);
        Map<String, String> entries = entries(out.toByteArray());
        assertThat(entries.keySet()).containsExactly("app/app.jar", "srv/www/", "srv/www/index.html");
        assertThat(entries.get("app/app.jar")).isEqualTo("jar");
        assertThat(entries.get("srv/www/index.html")).isEqualTo("hi");
    }

    @Test
    void theSourceLandsUnderItsTarget() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.createDirectories(src.resolve("lib"));
        Files.writeString(src.resolve("lib/a.txt"), "a");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SourceArchive.write(SourceTree.of(src), "/work/src", out);
        List<String> names = new ArrayList<>(entries(out.toByteArray()).keySet());
        assertThat(names).containsExactly("work/", "work/src/", "work/src/lib/", "work/src/lib/a.txt");
    }
}
