package dev.berth.compose.schema;

import static dev.berth.compose.schema.Validate.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VersionGateTest {

    private static final String LONG_VOLUME = """
            version: %s
            services:
              compile:
                image: maven
                volumes:
                  - type: volume
                    source: m2
                    target: /root/.m2
            volumes:
              m2:
            """;

    @Test
    void rejectsTheLongVolumeSyntaxInA31File() {
        assertThat(problems(LONG_VOLUME.formatted("\"3.1\""))).containsExactly(
                "compose.yaml:6:9: services.compile.volumes.0: the long volume syntax needs version \"3.2\" or later; "
                        + "this file declares \"3.1\"");
    }

    @Test
    void rejectsTheLongVolumeSyntaxInA30FileWrittenAsAnUnquotedNumber() {
        assertThat(problems(LONG_VOLUME.formatted("3.0"))).containsExactly(
                "compose.yaml:6:9: services.compile.volumes.0: the long volume syntax needs version \"3.2\" or later; "
                        + "this file declares \"3.0\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"3.2\"", "3.8", "\"3\"", "\"3.13\""})
    void acceptsTheLongVolumeSyntaxFrom32On(String version) {
        assertThat(problems(LONG_VOLUME.formatted(version))).isEmpty();
    }

    @Test
    void acceptsEverythingOfTheSpecificationInAFileWithoutVersion() {
        assertThat(problems(LONG_VOLUME.replace("version: %s\n", ""))).isEmpty();
    }

    @Test
    void namesTheVersionThatIntroducedEachKey() {
        assertThat(problems("""
                version: "3.2"
                services:
                  web:
                    image: nginx
                    init: true
                    configs: [app]
                    healthcheck:
                      test: [CMD, "true"]
                      start_period: 10s
                    deploy:
                      placement:
                        preferences:
                          - spread: node.labels.zone
                        max_replicas_per_node: 1
                      rollback_config:
                        parallelism: 1
                      resources:
                        limits:
                          pids: 100
                networks:
                  back:
                    name: back-net
                volumes:
                  data:
                    name: data-vol
                secrets:
                  token:
                    file: ./token
                    template_driver: golang
                """)).containsExactly(
                "compose.yaml:5:5: services.web.init: \"init\" needs version \"3.7\" or later; this file declares \"3.2\"",
                "compose.yaml:6:5: services.web.configs: \"configs\" needs version \"3.3\" or later; "
                        + "this file declares \"3.2\"",
                "compose.yaml:9:7: services.web.healthcheck.start_period: \"start_period\" needs version \"3.4\" or "
                        + "later; this file declares \"3.2\"",
                "compose.yaml:12:9: services.web.deploy.placement.preferences: \"preferences\" needs version \"3.3\" "
                        + "or later; this file declares \"3.2\"",
                "compose.yaml:14:9: services.web.deploy.placement.max_replicas_per_node: \"max_replicas_per_node\" "
                        + "needs version \"3.8\" or later; this file declares \"3.2\"",
                "compose.yaml:15:7: services.web.deploy.rollback_config: \"rollback_config\" needs version \"3.7\" or "
                        + "later; this file declares \"3.2\"",
                "compose.yaml:19:11: services.web.deploy.resources.limits.pids: \"pids\" needs version \"3.9\" or "
                        + "later; this file declares \"3.2\"",
                "compose.yaml:22:5: networks.back.name: \"name\" needs version \"3.5\" or later; "
                        + "this file declares \"3.2\"",
                "compose.yaml:25:5: volumes.data.name: \"name\" needs version \"3.4\" or later; "
                        + "this file declares \"3.2\"",
                "compose.yaml:29:5: secrets.token.template_driver: \"template_driver\" needs version \"3.8\" or "
                        + "later; this file declares \"3.2\"");
    }

    @Test
    void rejectsTheLongPortSyntaxAndNamesTheKeysOfItsLongerForms() {
        assertThat(problems("""
                version: "3.1"
                services:
                  web:
                    image: nginx
                    ports:
                      - target: 80
                        published: 8080
                  api:
                    image: api
                    ports:
                      - target: 80
                        host_ip: 127.0.0.1
                """)).containsExactly(
                "compose.yaml:6:9: services.web.ports.0: the long port syntax needs version \"3.2\" or later; "
                        + "this file declares \"3.1\"",
                "compose.yaml:11:9: services.api.ports.0: the long port syntax needs version \"3.2\" or later; "
                        + "this file declares \"3.1\"");
        assertThat(problems("""
                version: "3.8"
                services:
                  api:
                    image: api
                    ports:
                      - target: 80
                        host_ip: 127.0.0.1
                """)).containsExactly(
                "compose.yaml:7:9: services.api.ports.0.host_ip: \"host_ip\" needs the Compose Specification "
                        + "(a file without \"version\"); this file declares \"3.8\"");
    }

    @Test
    void rejectsWhatNo3xVersionHadAndSaysItNeedsTheComposeSpecification() {
        assertThat(problems("""
                version: "3.9"
                name: shop
                include:
                  - ./infra.yaml
                services:
                  web:
                    image: nginx
                    profiles: [debug]
                    pull_policy: always
                    mem_limit: 512m
                    depends_on:
                      db:
                        condition: service_healthy
                  db:
                    image: postgres
                """)).containsExactly(
                "compose.yaml:2:1: name: \"name\" needs the Compose Specification (a file without \"version\"); "
                        + "this file declares \"3.9\"",
                "compose.yaml:3:1: include: \"include\" needs the Compose Specification (a file without "
                        + "\"version\"); this file declares \"3.9\"",
                "compose.yaml:8:5: services.web.profiles: \"profiles\" needs the Compose Specification (a file "
                        + "without \"version\"); this file declares \"3.9\"",
                "compose.yaml:9:5: services.web.pull_policy: \"pull_policy\" needs the Compose Specification (a "
                        + "file without \"version\"); this file declares \"3.9\"",
                "compose.yaml:10:5: services.web.mem_limit: \"mem_limit\" needs the Compose Specification (a file "
                        + "without \"version\"); this file declares \"3.9\"",
                "compose.yaml:12:7: services.web.depends_on: the long depends_on syntax needs the Compose "
                        + "Specification (a file without \"version\"); this file declares \"3.9\"");
    }

    @Test
    void checksNothingBelowAGatedKey() {
        assertThat(problems("""
                version: "3.6"
                services:
                  web:
                    image: nginx
                    deploy:
                      rollback_config:
                        parallelism: many
                        delya: soon
                """)).containsExactly(
                "compose.yaml:6:7: services.web.deploy.rollback_config: \"rollback_config\" needs version \"3.7\" "
                        + "or later; this file declares \"3.6\"");
    }

    @Test
    void gatesExtensionKeysByWhereTheyStand() {
        String file = """
                version: "%s"
                x-defaults: &defaults
                  restart: always
                services:
                  web:
                    image: nginx
                    x-team: shop
                    deploy:
                      x-note: spread evenly
                """;
        assertThat(problems(file.formatted("3.3"))).containsExactly(
                "compose.yaml:2:1: x-defaults: the extension key \"x-defaults\" needs version \"3.4\" or later; "
                        + "this file declares \"3.3\"",
                "compose.yaml:7:5: services.web.x-team: the extension key \"x-team\" needs version \"3.7\" or "
                        + "later; this file declares \"3.3\"",
                "compose.yaml:9:7: services.web.deploy.x-note: the extension key \"x-note\" needs the Compose "
                        + "Specification (a file without \"version\"); this file declares \"3.3\"");
        assertThat(problems(file.formatted("3.7"))).containsExactly(
                "compose.yaml:9:7: services.web.deploy.x-note: the extension key \"x-note\" needs the Compose "
                        + "Specification (a file without \"version\"); this file declares \"3.7\"");
    }

    @Test
    void opensBuildToEveryKeyFrom311On() {
        String file = """
                version: "%s"
                services:
                  app:
                    image: app
                    build:
                      context: .
                      dockerfile_inline: FROM scratch
                      secrets:
                        - source: token
                          target: /run/token
                """;
        assertThat(problems(file.formatted("3.10"))).containsExactly(
                "compose.yaml:7:7: services.app.build.dockerfile_inline: \"dockerfile_inline\" needs version "
                        + "\"3.11\" or later; this file declares \"3.10\"",
                "compose.yaml:8:7: services.app.build.secrets: \"secrets\" needs version \"3.11\" or later; "
                        + "this file declares \"3.10\"");
        assertThat(problems(file.formatted("3.11"))).isEmpty();
    }

    @Test
    void readsVersion3AsTheLatest3xFormatAsDockerStackDeployDoes() {
        assertThat(problems("""
                version: "3"
                services:
                  web:
                    image: nginx
                    init: true
                    oom_score_adj: 100
                    healthcheck:
                      start_interval: 1s
                    profiles: [debug]
                """)).containsExactly(
                "compose.yaml:9:5: services.web.profiles: \"profiles\" needs the Compose Specification (a file "
                        + "without \"version\"); this file declares \"3\"");
    }

    @Test
    void checksAFileWithAnotherVersionAgainstTheWholeSpecification() {
        assertThat(problems("""
                version: "2.4"
                services:
                  web:
                    image: nginx
                    profiles: [debug]
                    mem_limit: 512m
                """)).isEmpty();
    }

    @Test
    void acceptsCgroupnsModeOnlyIn3xFilesThatKnowIt() {
        String file = """
                %sservices:
                  web:
                    image: nginx
                    cgroupns_mode: private
                """;
        assertThat(problems(file.formatted("version: \"3.9\"\n"))).isEmpty();
        assertThat(problems(file.formatted("version: \"3.8\"\n"))).containsExactly(
                "compose.yaml:5:5: services.web.cgroupns_mode: \"cgroupns_mode\" needs version \"3.9\" or later; "
                        + "this file declares \"3.8\"");
        assertThat(problems(file.formatted(""))).containsExactly(
                "compose.yaml:4:5: services.web.cgroupns_mode: \"cgroupns_mode\" exists only in files with version "
                        + "\"3.9\" or later; a file without \"version\" uses \"cgroup\"");
    }

    @Test
    void rejectsNewerSyntaxesOfOldKeys() {
        assertThat(problems("""
                version: "3.8"
                services:
                  web:
                    image: nginx
                    devices:
                      - source: /dev/ttyUSB0
                    env_file:
                      - path: ./web.env
                        required: false
                    extra_hosts:
                      multi: ["10.0.0.6", "10.0.0.7"]
                    volumes:
                      - type: image
                        source: assets:latest
                        target: /assets
                """)).containsExactly(
                "compose.yaml:6:9: services.web.devices.0: the long device syntax needs the Compose Specification "
                        + "(a file without \"version\"); this file declares \"3.8\"",
                "compose.yaml:8:9: services.web.env_file.0: the long env_file syntax needs the Compose Specification "
                        + "(a file without \"version\"); this file declares \"3.8\"",
                "compose.yaml:11:14: services.web.extra_hosts.multi: several addresses for one extra host needs the "
                        + "Compose Specification (a file without \"version\"); this file declares \"3.8\"",
                "compose.yaml:13:15: services.web.volumes.0.type: the \"image\" volume type needs the Compose "
                        + "Specification (a file without \"version\"); this file declares \"3.8\"");
    }
}
