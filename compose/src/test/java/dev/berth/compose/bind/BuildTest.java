package dev.berth.compose.bind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.berth.compose.model.Build;
import dev.berth.compose.model.Value;
import org.junit.jupiter.api.Test;

class BuildTest {

    @Test
    void turnsAStringIntoAContextWithTheDefaultDockerfile() {
        Build build = Binding.service("services:\n  app: {build: /src/app}\n", "app").build();
        assertThat(build.context()).isEqualTo("/src/app");
        assertThat(build.dockerfile()).isEqualTo("Dockerfile");
    }

    @Test
    void defaultsTheContextAndKeepsAnInlineDockerfileAlone() {
        Build build = Binding.service("services:\n  app: {build: {dockerfile_inline: FROM alpine}}\n", "app").build();
        assertThat(build.context()).isEqualTo(".");
        assertThat(build.dockerfile()).isNull();
        assertThat(build.dockerfileInline()).isEqualTo("FROM alpine");
    }

    @Test
    void readsArgsTargetCacheAndKeepsOtherBuildKeys() {
        Build build = Binding.service("""
                services:
                  app:
                    build:
                      context: /src
                      args: [VERSION=1.2, TOKEN]
                      target: runtime
                      cache_from: [app:cache]
                      shm_size: 1g
                      ssh: [default]
                      x-cache: warm
                """, "app").build();
        assertThat(build.args()).containsExactly(entry("VERSION", "1.2"), entry("TOKEN", null));
        assertThat(build.target()).isEqualTo("runtime");
        assertThat(build.cacheFrom()).containsExactly("app:cache");
        assertThat(build.shmSize()).isEqualTo(1073741824L);
        assertThat(build.otherKeys()).containsOnly(entry("ssh", new Value.ListValue(java.util.List.of(Value.of("default")))));
        assertThat(build.extensions().values()).containsOnly(entry("x-cache", Value.of("warm")));
    }

    @Test
    void reportsADockerfileGivenTwice() {
        assertThat(Binding.problems("""
                services:
                  app:
                    build:
                      dockerfile: Dockerfile
                      dockerfile_inline: FROM alpine
                """)).containsExactly("compose.yaml:5:7: services.app.build.dockerfile_inline: dockerfile and"
                + " dockerfile_inline cannot be used together");
    }

    @Test
    void reportsAServiceWithNeitherImageNorBuild() {
        assertThat(Binding.problems("""
                services:
                  app:
                    command: ["true"]
                """)).containsExactly("compose.yaml:3:5: services.app: a service needs an image or a build section");
    }
}
