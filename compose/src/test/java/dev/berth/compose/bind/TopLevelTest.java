package dev.berth.compose.bind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.model.Project;
import org.junit.jupiter.api.Test;

class TopLevelTest {

    @Test
    void takesTheProjectNameFromTheLoaderAndIgnoresTheObsoleteVersion() {
        Project p = Binding.bind("""
                version: "3.8"
                name: other
                services:
                  web: {image: nginx}
                """);
        assertThat(p.name()).isEqualTo("shop");
    }

    @Test
    void treatsXNamesInsideSectionsAsElementsNotExtensions() {
        Project p = Binding.bind("""
                services:
                  x-web: {image: nginx, networks: [x-net]}
                networks:
                  x-net:
                """);
        assertThat(p.services()).containsOnlyKeys("x-web");
        assertThat(p.networks()).containsOnlyKeys("x-net");
        assertThat(p.extensions().isEmpty()).isTrue();
    }

    @Test
    void reportsAnUnknownTopLevelKeyAtTheKey() {
        assertThat(Binding.problems("""
                services:
                  web: {image: nginx}
                models:
                  llm: {model: ai/smollm2}
                """)).containsExactly("compose.yaml:3:1: models: unknown key \"models\"");
    }

    @Test
    void reportsAValueOfTheWrongShape() {
        assertThat(Binding.problems("""
                services:
                  web:
                    image: [nginx]
                    healthcheck: {retries: lots}
                    init: maybe
                """)).containsExactly(
                "compose.yaml:3:12: services.web.image: expected a string, found a sequence",
                "compose.yaml:4:28: services.web.healthcheck.retries: expected an integer, found a string \"lots\"",
                "compose.yaml:5:11: services.web.init: expected a boolean, found a string \"maybe\"");
    }
}
