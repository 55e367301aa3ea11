package dev.berth.engine.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the git command line against repositories in a temporary directory; no network. */
class SourceCacheTest {

    @TempDir
    Path tmp;
    Path repo;
    SourceCache cache;

    private String git(String... args) {
        return GitCommand.run(repo, args).trim();
    }

    private String commit(String file, String content) throws IOException {
        Files.createDirectories(repo.resolve(file).getParent());
        Files.writeString(repo.resolve(file), content);
        git("add", "-A");
        git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "change " + file);
        return git("rev-parse", "HEAD");
    }

    @BeforeEach
    void repository() throws IOException {
        repo = Files.createDirectories(tmp.resolve("shop.git"));
        git("init", "-q", "-b", "main");
        cache = new SourceCache(tmp.resolve("cache"));
    }

    private String url() {
        return "file://" + repo;
    }

    @Test
    void checksOutABranchOncePerCommitAndReusesIt() throws IOException {
        String first = commit("web/index.html", "v1");
        Source a = cache.resolve(SourceLocation.parse(url() + "#main:web"), tmp);
        assertThat(a.commit()).isEqualTo(first);
        assertThat(a.directory()).isEqualTo(cache.directory().resolve("sources").resolve(SourceCache.hash(url()))
                .resolve(first).resolve("web"));
        assertThat(Files.readString(a.directory().resolve("index.html"))).isEqualTo("v1");
        assertThat(a.directory().getParent().resolve(".git")).doesNotExist();

        Files.writeString(a.directory().resolve("marker"), "kept");
        Source again = cache.resolve(SourceLocation.parse(url() + "#main:web"), tmp);
        assertThat(again.directory().resolve("marker")).as("the same commit is not checked out again").exists();

        String second = commit("web/index.html", "v2");
        Source moved = cache.resolve(SourceLocation.parse(url() + "#main:web"), tmp);
        assertThat(moved.commit()).isEqualTo(second);
        assertThat(Files.readString(moved.directory().resolve("index.html"))).isEqualTo("v2");
    }

    @Test
    void resolvesTagsShortAndFullCommitsAndTheDefaultBranch() throws IOException {
        String first = commit("a.txt", "1");
        git("tag", "-a", "v1", "-m", "release 1");
        String second = commit("a.txt", "2");
        assertThat(cache.resolve(SourceLocation.parse(url() + "#v1"), tmp).commit()).isEqualTo(first);
        assertThat(cache.resolve(SourceLocation.parse(url() + "#" + first.substring(0, 8)), tmp).commit())
                .isEqualTo(first);
        assertThat(cache.resolve(SourceLocation.parse(url() + "#" + first), tmp).commit()).isEqualTo(first);
        Source head = cache.resolve(SourceLocation.parse(url()), tmp);
        assertThat(head.commit()).isEqualTo(second);
        assertThat(Files.readString(head.directory().resolve("a.txt"))).isEqualTo("2");
    }

    @Test
    void anUnknownRefOrSubdirectoryIsNamed() throws IOException {
        String first = commit("a.txt", "1");
        assertThatThrownBy(() -> cache.resolve(SourceLocation.parse(url() + "#nope"), tmp))
                .isInstanceOf(SourceException.class).hasMessage("git ref nope not found in " + url());
        assertThatThrownBy(() -> cache.resolve(SourceLocation.parse(url() + "#main:missing"), tmp))
                .isInstanceOf(SourceException.class)
                .hasMessage("the directory missing does not exist in " + url() + " at " + first);
    }

    @Test
    void anUnreachableRepositoryFailsWithGitsMessage() {
        assertThatThrownBy(() -> cache.resolve(SourceLocation.parse("file://" + tmp.resolve("none.git") + "#main"), tmp))
                .isInstanceOf(SourceException.class).hasMessageStartingWith("git ls-remote failed: ");
    }

    @Test
    void aLocalDirectoryIsUsedAsItIs() throws IOException {
        Files.createDirectories(tmp.resolve("web"));
        assertThat(cache.resolve(SourceLocation.parse("web"), tmp)).isEqualTo(new Source(tmp.resolve("web"), null));
        assertThatThrownBy(() -> cache.resolve(SourceLocation.parse("absent"), tmp))
                .hasMessage("the directory " + tmp.resolve("absent") + " does not exist");
    }

    @Test
    void theCacheDirectoryComesFromTheSettingThenXdgThenHome() {
        assertThat(SourceCache.directory("/var/cache/b", Map.of("HOME", "/home/u"))).isEqualTo(Path.of("/var/cache/b"));
        assertThat(SourceCache.directory(null, Map.of("XDG_CACHE_HOME", "/x", "HOME", "/home/u")))
                .isEqualTo(Path.of("/x/berth"));
        assertThat(SourceCache.directory(null, Map.of("HOME", "/home/u"))).isEqualTo(Path.of("/home/u/.cache/berth"));
    }
}
