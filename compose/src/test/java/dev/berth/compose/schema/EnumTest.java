package dev.berth.compose.schema;

import static dev.berth.compose.schema.Validate.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnumTest {

    @ParameterizedTest
    @ValueSource(strings = {"\"no\"", "no", "always", "on-failure", "on-failure:3", "unless-stopped"})
    void acceptsEveryRestartPolicy(String value) {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    restart: %s
                """.formatted(value))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sometimes", "on-failure:x", "On-Failure"})
    void reportsUnknownRestartPolicies(String value) {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    restart: %s
                """.formatted(value))).containsExactly("compose.yaml:4:14: services.web.restart: expected \"no\", "
                + "\"always\", \"on-failure\", \"on-failure:<max-retries>\" or \"unless-stopped\", found \""
                + value + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"always", "never", "missing", "build", "if_not_present", "refresh", "daily", "weekly",
        "every_12h", "every_1w2d"})
    void acceptsEveryPullPolicy(String value) {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    pull_policy: %s
                """.formatted(value))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sometimes", "every_12", "alwaysx"})
    void reportsUnknownPullPolicies(String value) {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    pull_policy: %s
                """.formatted(value))).containsExactly("compose.yaml:4:18: services.web.pull_policy: expected "
                + "\"always\", \"never\", \"missing\", \"build\", \"daily\", \"weekly\", \"every_<duration>\" (such "
                + "as \"every_12h\"), \"if_not_present\" or \"refresh\", found \"" + value + "\"");
    }

    @Test
    void checksTheEnumerationsOfDeploy() {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    deploy:
                      mode: daemon
                      endpoint_mode: round-robin
                      restart_policy:
                        condition: always
                      update_config:
                        failure_action: retry
                        order: random
                      rollback_config:
                        failure_action: rollback
                """)).containsExactly(
                "compose.yaml:5:13: services.web.deploy.mode: expected \"replicated\", \"global\", "
                        + "\"replicated-job\" or \"global-job\", found \"daemon\"",
                "compose.yaml:6:22: services.web.deploy.endpoint_mode: expected \"vip\" or \"dnsrr\", "
                        + "found \"round-robin\"",
                "compose.yaml:8:20: services.web.deploy.restart_policy.condition: expected \"none\", \"on-failure\" "
                        + "or \"any\", found \"always\"",
                "compose.yaml:10:25: services.web.deploy.update_config.failure_action: expected \"continue\", "
                        + "\"pause\" or \"rollback\", found \"retry\"",
                "compose.yaml:11:16: services.web.deploy.update_config.order: expected \"start-first\" or "
                        + "\"stop-first\", found \"random\"",
                "compose.yaml:13:25: services.web.deploy.rollback_config.failure_action: expected \"continue\" or "
                        + "\"pause\", found \"rollback\"");
    }

    @Test
    void acceptsEveryDeployMode() {
        for (String mode : new String[] {"replicated", "global", "replicated-job", "global-job"}) {
            assertThat(problems("""
                    services:
                      web:
                        image: nginx
                        deploy:
                          mode: %s
                    """.formatted(mode))).as(mode).isEmpty();
        }
    }

    @Test
    void checksDependencyConditionsVolumeTypesAndOtherEnumerations() {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    cgroup: shared
                    depends_on:
                      db:
                        condition: service_ready
                      cache:
                        condition: service_completed_successfully
                    volumes:
                      - type: nfs
                        source: data
                        target: /data
                      - type: bind
                        source: ./src
                        target: /src
                        bind:
                          propagation: everywhere
                          selinux: x
                    develop:
                      watch:
                        - path: ./src
                          action: reload
                """)).containsExactly(
                "compose.yaml:4:13: services.web.cgroup: expected \"host\" or \"private\", found \"shared\"",
                "compose.yaml:7:20: services.web.depends_on.db.condition: expected \"service_started\", "
                        + "\"service_healthy\" or \"service_completed_successfully\", found \"service_ready\"",
                "compose.yaml:11:15: services.web.volumes.0.type: expected \"bind\", \"volume\", \"tmpfs\", "
                        + "\"cluster\", \"npipe\" or \"image\", found \"nfs\"",
                "compose.yaml:18:24: services.web.volumes.1.bind.propagation: expected \"rprivate\", \"private\", "
                        + "\"rshared\", \"shared\", \"rslave\" or \"slave\", found \"everywhere\"",
                "compose.yaml:19:20: services.web.volumes.1.bind.selinux: expected \"z\" or \"Z\", found \"x\"",
                "compose.yaml:23:19: services.web.develop.watch.0.action: expected \"rebuild\", \"sync\", "
                        + "\"restart\", \"sync+restart\" or \"sync+exec\", found \"reload\"");
    }
}
