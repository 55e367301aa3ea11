package dev.berth.swarm.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.berth.engine.artifact.ArtifactStore;
import dev.berth.engine.artifact.BerthBuild;
import dev.berth.engine.artifact.SourceTree;
import dev.berth.engine.source.SourceCache;
import dev.berth.swarm.build.CompileStages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compile stages' source: a local path as it is, a git revision through the source cache (no network). */
class ArtifactStagesTest {

    @TempDir
    Path tmp;

    private void git(Path dir, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@example.com"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
    }

    @Test
    void aGitSourceIsCheckedOutAtItsRefAndHashesLikeTheSameLocalTree() throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("shop.git"));
        git(repo, "init", "-q", "-b", "main");
        Files.writeString(repo.resolve("a.txt"), "v1\n");
        git(repo, "add", "-A");
        git(repo, "commit", "-q", "-m", "one");
        git(repo, "tag", "v1");
        Files.writeString(repo.resolve("a.txt"), "v2\n");
        git(repo, "commit", "-q", "-am", "two");

        var sources = ArtifactStages.sources(new SourceCache(tmp.resolve("cache")));
        Path v1 = sources.apply(new BerthBuild.Source(null, "file://" + repo, "v1"));
        assertThat(v1.resolve("a.txt")).hasContent("v1");
        assertThat(v1).startsWith(tmp.resolve("cache/sources"));
        Path main = sources.apply(new BerthBuild.Source(null, "file://" + repo, "main"));
        assertThat(main.resolve("a.txt")).hasContent("v2");

        Path local = Files.createDirectories(tmp.resolve("local"));
        Files.writeString(local.resolve("a.txt"), "v1\n");
        assertThat(sources.apply(new BerthBuild.Source(local, null, null))).isEqualTo(local);
        assertThat(SourceTree.of(v1).hash()).isEqualTo(SourceTree.of(local).hash());
    }

    @Test
    void anUnknownRefFailsNamingIt() throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("shop.git"));
        git(repo, "init", "-q", "-b", "main");
        Files.writeString(repo.resolve("a.txt"), "v1\n");
        git(repo, "add", "-A");
        git(repo, "commit", "-q", "-m", "one");
        var sources = ArtifactStages.sources(new SourceCache(tmp.resolve("cache")));
        assertThatThrownBy(() -> sources.apply(new BerthBuild.Source(null, "file://" + repo, "nope")))
                .hasMessageContaining("git ref nope not found in file://" + repo);
    }

    @Test
    void aProjectWithoutCompileStepHasNoStages() {
        ArtifactStore store = new ArtifactStore(tmp);
        assertThat(ArtifactStages.of(BerthBuild.NONE, store)).isSameAs(CompileStages.NONE);
        BerthBuild build = new BerthBuild(new BerthBuild.Source(tmp, null, null), new BerthBuild.CompileStep("compile", "b",
                null, null, Map.of(), null, "/src", Map.of("a", "/src/a")), Map.of(), Set.of());
        assertThat(ArtifactStages.of(build, store)).isInstanceOf(ArtifactStages.class);
    }
}
