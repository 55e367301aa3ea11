package dev.berth.engine.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourceLocationTest {

    @Test
    void aPathIsALocalDirectory() {
        assertThat(SourceLocation.parse("/srv/app")).isEqualTo(new SourceLocation.Local("/srv/app"));
        assertThat(SourceLocation.parse("./web")).isEqualTo(new SourceLocation.Local("./web"));
    }

    @Test
    void anHttpsUrlEndingInDotGitIsARepositoryWithRefAndSubdirectory() {
        assertThat(SourceLocation.parse("https://git.example.com/shop.git#v1.4:services/web"))
                .isEqualTo(new SourceLocation.Git("https://git.example.com/shop.git", "v1.4", "services/web"));
        assertThat(SourceLocation.parse("https://git.example.com/shop.git"))
                .isEqualTo(new SourceLocation.Git("https://git.example.com/shop.git", null, null));
        assertThat(SourceLocation.parse("https://git.example.com/shop.git#main"))
                .isEqualTo(new SourceLocation.Git("https://git.example.com/shop.git", "main", null));
        assertThat(SourceLocation.parse("https://git.example.com/shop.git#:web/"))
                .isEqualTo(new SourceLocation.Git("https://git.example.com/shop.git", null, "web"));
    }

    @Test
    void anHttpsUrlWithoutDotGitIsNotARepository() {
        assertThat(SourceLocation.parse("https://example.com/context.tar.gz"))
                .isInstanceOf(SourceLocation.Local.class);
    }

    @Test
    void gitSshGithubAndFileForms() {
        assertThat(SourceLocation.parse("git@git.example.com:team/shop.git#dev"))
                .isEqualTo(new SourceLocation.Git("git@git.example.com:team/shop.git", "dev", null));
        assertThat(SourceLocation.parse("git://git.example.com/shop#abc1234"))
                .isEqualTo(new SourceLocation.Git("git://git.example.com/shop", "abc1234", null));
        assertThat(SourceLocation.parse("github.com/owner/repo#main:app"))
                .isEqualTo(new SourceLocation.Git("https://github.com/owner/repo", "main", "app"));
        assertThat(SourceLocation.parse("file:///srv/repos/shop.git#v2"))
                .isEqualTo(new SourceLocation.Git("file:///srv/repos/shop.git", "v2", null));
    }

    @Test
    void aSubdirectoryMayNotLeaveTheRepository() {
        assertThatThrownBy(() -> SourceLocation.parse("https://h/r.git#main:../etc"))
                .hasMessage("the subdirectory of https://h/r.git#main:../etc must stay inside the repository");
    }

    @Test
    void printsAsCompose() {
        assertThat(new SourceLocation.Git("https://h/r.git", "v1", "web").toString()).isEqualTo("https://h/r.git#v1:web");
        assertThat(new SourceLocation.Git("https://h/r.git", null, null).toString()).isEqualTo("https://h/r.git");
    }
}
