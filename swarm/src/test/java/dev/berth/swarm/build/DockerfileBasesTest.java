package dev.berth.swarm.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DockerfileBasesTest {

    @Test
    void listsTheImagesStagesStartFromButNotScratchStagesOrArguments() {
        String dockerfile = """
                ARG BASE=berth/jre:17
                FROM --platform=linux/amd64 berth/build-jdk:17 AS build
                RUN ant dist
                from build as test
                FROM scratch
                FROM ${BASE}
                FROM berth/busybox:1
                COPY --from=build /dist /app
                """;
        assertThat(DockerfileBases.of(dockerfile)).containsExactly("berth/build-jdk:17", "berth/busybox:1");
    }
}
