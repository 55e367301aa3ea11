package dev.berth.engine.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DockerIgnoreTest {

    private static DockerIgnore ignore(String... lines) {
        return DockerIgnore.parse(String.join("\n", lines));
    }

    @Test
    void excludesAFileAndEverythingBelowAnExcludedDirectory() {
        DockerIgnore i = ignore("secret.txt", "build");
        assertThat(i.excludes("secret.txt")).isTrue();
        assertThat(i.excludes("build")).isTrue();
        assertThat(i.excludes("build/out/app.jar")).isTrue();
        assertThat(i.excludes("src/secret.txt")).isFalse();
        assertThat(i.excludes("builder")).isFalse();
    }

    @Test
    void starAndQuestionMarkStayWithinOneSegment() {
        DockerIgnore i = ignore("*.log", "doc/?.md");
        assertThat(i.excludes("app.log")).isTrue();
        assertThat(i.excludes("logs/app.log")).isFalse();
        assertThat(i.excludes("doc/a.md")).isTrue();
        assertThat(i.excludes("doc/ab.md")).isFalse();
        assertThat(i.excludes("*/x")).isFalse();
    }

    @Test
    void doubleStarMatchesAnyNumberOfSegmentsIncludingNone() {
        DockerIgnore i = ignore("**/*.class", "target/**", "a/**/z");
        assertThat(i.excludes("Main.class")).isTrue();
        assertThat(i.excludes("src/dev/berth/Main.class")).isTrue();
        assertThat(i.excludes("target/classes/x")).isTrue();
        assertThat(i.excludes("a/z")).isTrue();
        assertThat(i.excludes("a/b/c/z")).isTrue();
        assertThat(i.excludes("a/b/c/y")).isFalse();
        assertThat(i.excludes("Main.java")).isFalse();
    }

    @Test
    void theLastMatchingPatternDecidesSoExceptionsBringFilesBack() {
        DockerIgnore i = ignore("*.md", "!README.md", "README-secret.md");
        assertThat(i.excludes("CHANGES.md")).isTrue();
        assertThat(i.excludes("README.md")).isFalse();
        assertThat(i.excludes("README-secret.md")).isTrue();

        DockerIgnore order = ignore("!keep.txt", "*.txt");
        assertThat(order.excludes("keep.txt")).as("a later exclusion wins over an earlier exception").isTrue();
    }

    @Test
    void anExceptionBelowAnExcludedDirectoryBringsThatFileBack() {
        DockerIgnore i = ignore("vendor", "!vendor/keep/**");
        assertThat(i.excludes("vendor/lib/x.js")).isTrue();
        assertThat(i.excludes("vendor/keep/a/b.js")).isFalse();
        assertThat(i.hasExceptions()).isTrue();
    }

    @Test
    void commentsBlankLinesLeadingSlashesAndDotSegmentsAreCleaned() {
        DockerIgnore i = ignore("# a comment", "", "   ", "/tmp", "./out/", "x/../y", "  spaced.txt  ");
        assertThat(i.excludes("tmp/a")).isTrue();
        assertThat(i.excludes("out/b")).isTrue();
        assertThat(i.excludes("y")).isTrue();
        assertThat(i.excludes("x")).isFalse();
        assertThat(i.excludes("spaced.txt")).isTrue();
        assertThat(i.excludes("# a comment")).isFalse();
    }

    @Test
    void characterClassesAndEscapesFollowGoMatchSyntax() {
        DockerIgnore i = ignore("file[0-9].txt", "data[^a].csv", "literal\\*star", "a+b.(c)");
        assertThat(i.excludes("file7.txt")).isTrue();
        assertThat(i.excludes("filex.txt")).isFalse();
        assertThat(i.excludes("datab.csv")).isTrue();
        assertThat(i.excludes("dataa.csv")).isFalse();
        assertThat(i.excludes("literal*star")).isTrue();
        assertThat(i.excludes("literalXstar")).isFalse();
        assertThat(i.excludes("a+b.(c)")).isTrue();
        assertThat(i.excludes("aab.(c)")).isFalse();
    }

    @Test
    void keepingAddsExceptionsThatWinOverEveryPattern() {
        DockerIgnore i = ignore("*", "!src").keeping("Dockerfile", ".dockerignore");
        assertThat(i.excludes("Dockerfile")).isFalse();
        assertThat(i.excludes(".dockerignore")).isFalse();
        assertThat(i.excludes("other")).isTrue();
        assertThat(i.excludes("src/a")).isFalse();
    }

    @Test
    void anEmptyFileExcludesNothing() {
        assertThat(DockerIgnore.parse("").excludes("anything")).isFalse();
        assertThat(DockerIgnore.NONE.isEmpty()).isTrue();
    }
}
