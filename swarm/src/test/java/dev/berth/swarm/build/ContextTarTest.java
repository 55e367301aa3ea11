package dev.berth.swarm.build;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.engine.build.BuildContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContextTarTest {

    @TempDir
    Path dir;

    private static Map<String, TarArchiveEntry> entries(byte[] tar, Map<String, String> contents) throws IOException {
        Map<String, TarArchiveEntry> out = new LinkedHashMap<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(new ByteArrayInputStream(tar))) {
            TarArchiveEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.put(e.getName(), e);
                if (e.isFile()) {
                    contents.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    @Test
    void holdsTheContextsFilesModesLinksAndGeneratedDockerfileButNotIgnoredOnes() throws IOException {
        Files.createDirectories(dir.resolve("bin"));
        Files.writeString(dir.resolve("bin/run.sh"), "#!/bin/sh\necho hi\n");
        Files.setPosixFilePermissions(dir.resolve("bin/run.sh"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(dir.resolve("app.txt"), "app");
        Files.writeString(dir.resolve("secret.env"), "PASSWORD=x");
        Files.writeString(dir.resolve(".dockerignore"), "*.env\n");
        Files.createSymbolicLink(dir.resolve("current"), Path.of("bin"));
        String longName = "d/" + "n".repeat(120) + "/f.txt";
        Files.createDirectories(dir.resolve(longName).getParent());
        Files.writeString(dir.resolve(longName), "long");
        BuildContext context = BuildContext.collect(dir, "Dockerfile", "FROM scratch\nCOPY . /\n");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContextTar.write(context, out);
        Map<String, String> contents = new LinkedHashMap<>();
        Map<String, TarArchiveEntry> entries = entries(out.toByteArray(), contents);

        assertThat(entries).containsKeys(".dockerignore", ".berth.Dockerfile", "app.txt", "bin/", "bin/run.sh",
                "current", longName).doesNotContainKey("secret.env");
        assertThat(contents).containsEntry("app.txt", "app").containsEntry(".berth.Dockerfile", "FROM scratch\nCOPY . /\n")
                .containsEntry(longName, "long");
        assertThat(entries.get("bin/run.sh").getMode() & 0777).isEqualTo(0755);
        assertThat(entries.get("app.txt").getMode() & 0777).isEqualTo(0644);
        assertThat(entries.get("current").isSymbolicLink()).isTrue();
        assertThat(entries.get("current").getLinkName()).isEqualTo("bin");
        assertThat(entries.get("bin/").isDirectory()).isTrue();
    }

    @Test
    void theSameFilesGiveTheSameBytesAndTheStreamCarriesThemAll() throws IOException {
        Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\n");
        Files.write(dir.resolve("big.bin"), new byte[300_000]);
        BuildContext context = BuildContext.collect(dir, "Dockerfile", null);
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ContextTar.write(context, a);
        byte[] streamed;
        try (InputStream in = ContextTar.stream(context)) {
            streamed = in.readAllBytes();
        }
        assertThat(streamed).isEqualTo(a.toByteArray());
    }
}
