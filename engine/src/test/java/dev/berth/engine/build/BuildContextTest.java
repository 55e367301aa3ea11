package dev.berth.engine.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildContextTest {

    @TempDir
    Path dir;

    private void write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private static java.util.List<String> names(BuildContext c) {
        return c.files().stream().map(ContextFile::name).toList();
    }

    @Test
    void collectsTheFilesInNameOrderWithoutWhatDockerignoreExcludes() throws IOException {
        write("Dockerfile", "FROM scratch\n");
        write("app/b.txt", "b");
        write("app/a.txt", "a");
        write("app/debug.log", "x");
        write("node_modules/x/index.js", "x");
        write(".dockerignore", "*.log\n**/*.log\nnode_modules\n");
        BuildContext c = BuildContext.collect(dir, "Dockerfile", null);
        assertThat(names(c)).containsExactly(".dockerignore", "Dockerfile", "app", "app/a.txt", "app/b.txt");
        assertThat(c.dockerfile()).isEqualTo("Dockerfile");
    }

    @Test
    void theDockerfileAndDockerignoreAreSentEvenWhenExcluded() throws IOException {
        write("build/Dockerfile", "FROM scratch\n");
        write("main.c", "int main;");
        write(".dockerignore", "*\n!main.c\n");
        BuildContext c = BuildContext.collect(dir, "build/Dockerfile", null);
        assertThat(names(c)).containsExactly(".dockerignore", "build/Dockerfile", "main.c");
        assertThat(c.dockerfile()).isEqualTo("build/Dockerfile");
    }

    @Test
    void anInlineDockerfileIsAGeneratedFile() throws IOException {
        write("a.txt", "a");
        BuildContext c = BuildContext.collect(dir, "Dockerfile", "FROM scratch\nCOPY a.txt /\n");
        assertThat(c.dockerfile()).isEqualTo(BuildContext.GENERATED_DOCKERFILE);
        ContextFile generated = c.files().stream().filter(f -> f.name().equals(BuildContext.GENERATED_DOCKERFILE))
                .findFirst().orElseThrow();
        assertThat(new String(generated.content())).isEqualTo("FROM scratch\nCOPY a.txt /\n");
    }

    @Test
    void aDockerfileOutsideTheContextIsAddedUnderAGeneratedName(@TempDir Path elsewhere) throws IOException {
        write("a.txt", "a");
        Files.writeString(elsewhere.resolve("Dockerfile.prod"), "FROM scratch\n");
        BuildContext c = BuildContext.collect(dir, elsewhere.resolve("Dockerfile.prod").toString(), null);
        assertThat(c.dockerfile()).isEqualTo(BuildContext.GENERATED_DOCKERFILE);
        assertThat(names(c)).containsExactly(BuildContext.GENERATED_DOCKERFILE, "a.txt");
    }

    @Test
    void keepsTheExecutableBitAndSymbolicLinks() throws IOException {
        write("Dockerfile", "FROM scratch\n");
        write("run.sh", "#!/bin/sh\n");
        Files.setPosixFilePermissions(dir.resolve("run.sh"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.createSymbolicLink(dir.resolve("link"), Path.of("run.sh"));
        BuildContext c = BuildContext.collect(dir, "Dockerfile", null);
        ContextFile run = c.files().stream().filter(f -> f.name().equals("run.sh")).findFirst().orElseThrow();
        ContextFile link = c.files().stream().filter(f -> f.name().equals("link")).findFirst().orElseThrow();
        assertThat(run.executable()).isTrue();
        assertThat(link.kind()).isEqualTo(ContextFile.Kind.SYMLINK);
        assertThat(link.linkTarget()).isEqualTo("run.sh");
    }

    @Test
    void aMissingContextOrDockerfileIsNamed() throws IOException {
        assertThatThrownBy(() -> BuildContext.collect(dir.resolve("nope"), "Dockerfile", null))
                .hasMessage("the build context " + dir.resolve("nope") + " is not a directory");
        assertThatThrownBy(() -> BuildContext.collect(dir, "Dockerfile.dev", null))
                .hasMessage("the Dockerfile " + dir.resolve("Dockerfile.dev") + " does not exist");
    }
}
