package dev.berth.swarm.convert;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.swarm.spec.RestartPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RestartPolicyTest {

    private static RestartPolicy policy(String yaml) {
        return Projects.service(yaml, "app").taskTemplate().restartPolicy();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "no, none, null",
            "always, any, null",
            "unless-stopped, any, null",
            "on-failure, on-failure, null",
            "on-failure:5, on-failure, 5",
            "on-failure:0, on-failure, null"})
    void mapsTheServiceRestartToASwarmCondition(String restart, String condition, Long maxAttempts) {
        RestartPolicy p = policy("""
                services:
                  app:
                    image: app:1
                    restart: "%s"
                """.formatted(restart));

        assertThat(p).isEqualTo(new RestartPolicy(condition, null, maxAttempts, null));
    }

    @Test
    void takesDeployRestartPolicyBeforeTheServiceRestart() {
        RestartPolicy p = policy("""
                services:
                  app:
                    image: app:1
                    restart: always
                    deploy:
                      restart_policy:
                        condition: on-failure
                        delay: 2s
                        max_attempts: 4
                        window: 1m
                """);

        assertThat(p).isEqualTo(new RestartPolicy("on-failure", 2_000_000_000L, 4L, 60_000_000_000L));
    }

    @Test
    void leavesTheEnginesDefaultWhenNothingIsSaid() {
        assertThat(policy("""
                services:
                  app:
                    image: app:1
                """)).isNull();
    }

    @Test
    void refusesAnUnknownRestart() {
        assertThat(Projects.problems("""
                services:
                  app:
                    image: app:1
                    restart: sometimes
                """, Projects.options())).containsExactly("services.app.restart: \"sometimes\" is not a restart policy;"
                + " expected no, always, unless-stopped or on-failure[:max-retries]");
    }
}
