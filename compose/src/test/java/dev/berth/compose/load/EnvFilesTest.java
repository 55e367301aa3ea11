package dev.berth.compose.load;

import static dev.berth.compose.load.LoaderFixture.at;
import static dev.berth.compose.load.LoaderFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.ScalarNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvFilesTest {

    @Test
    void envFilesComeFirstAndTheServiceEnvironmentWins() {
        MapNode root = new LoaderFixture()
                .file("compose.yaml", """
                        services:
                          app:
                            image: app
                            env_file: [common.env, {path: local.env, required: false}, app.env]
                            environment:
                              LEVEL: debug
                        """)
                .file("common.env", "LEVEL=info\nREGION=eu\n")
                .file("app.env", "REGION=us\nNAME=app\n")
                .load("compose.yaml");
        MapNode env = (MapNode) at(root, "services.app.environment");
        assertThat(env.keys()).containsExactly("LEVEL", "REGION", "NAME");
        assertThat(text(root, "services.app.environment.LEVEL")).isEqualTo("debug");
        assertThat(text(root, "services.app.environment.REGION")).isEqualTo("us");
        assertThat(((MapNode) at(root, "services.app")).has("env_file")).isFalse();
    }

    @Test
    void aMissingRequiredEnvFileIsAnError() {
        LoaderFixture fixture = new LoaderFixture().file("compose.yaml", """
                services:
                  app: {image: app, env_file: missing.env}
                """);
        fixture.load("compose.yaml");
        assertThat(fixture.problemTexts()).containsExactly(
                "compose.yaml:2:31: services.app.env_file: env file missing.env cannot be read: it does not exist");
    }

    @Test
    void anEntryWithoutValueIsTakenFromTheEnvironment() {
        LoaderFixture fixture = new LoaderFixture().file("compose.yaml", """
                services:
                  app: {image: app, environment: [TOKEN, UNSET_ONE]}
                """);
        fixture.environment = Map.of("TOKEN", "s3cr3t");
        MapNode root = fixture.load("compose.yaml");
        assertThat(text(root, "services.app.environment.TOKEN")).isEqualTo("s3cr3t");
        assertThat(((ScalarNode) at(root, "services.app.environment.UNSET_ONE")).isNull()).isTrue();
    }

    @Test
    void labelFilesFoldIntoLabels() {
        MapNode root = new LoaderFixture()
                .file("compose.yaml", "services: {app: {image: a, label_file: app.labels, labels: {tier: web}}}\n")
                .file("app.labels", "team=qa\ntier=backend\n")
                .load("compose.yaml");
        assertThat(text(root, "services.app.labels.team")).isEqualTo("qa");
        assertThat(text(root, "services.app.labels.tier")).isEqualTo("web");
    }
}
