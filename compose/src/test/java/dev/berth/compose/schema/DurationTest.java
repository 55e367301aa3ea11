package dev.berth.compose.schema;

import static dev.berth.compose.schema.Validate.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationTest {

    private static String withGracePeriod(String value) {
        return """
                services:
                  web:
                    image: nginx
                    stop_grace_period: %s
                """.formatted(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1h30m", "10s", "500ms", "1.5s", "0", "1m30s", "1h5m30s20ms", "250us", "100ns", ".5s",
        "\"2m\""})
    void acceptsGoDurations(String value) {
        assertThat(problems(withGracePeriod(value))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "10 seconds | \"10 seconds\"",
        "10         | 10",
        "1d         | \"1d\"",
        "-5s        | \"-5s\"",
        "s          | \"s\"",
        "1.5        | 1.5",
        "'\"\"'     | \"\""})
    void reportsWhatGoCannotParseAsADuration(String value, String shown) {
        assertThat(problems(withGracePeriod(value))).containsExactly("compose.yaml:4:24: "
                + "services.web.stop_grace_period: expected a duration such as \"10s\", \"1m30s\" or \"500ms\", found "
                + shown);
    }

    @Test
    void checksEveryDurationOfHealthchecksAndDeployment() {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    healthcheck:
                      interval: 30
                      timeout: 5s
                      start_period: 1 minute
                      start_interval: 2s
                    deploy:
                      update_config:
                        delay: 10s
                        monitor: soon
                      rollback_config:
                        delay: 5x
                      restart_policy:
                        delay: 5s
                        window: 2m
                """)).containsExactly(
                "compose.yaml:5:17: services.web.healthcheck.interval: expected a duration such as \"10s\", "
                        + "\"1m30s\" or \"500ms\", found 30",
                "compose.yaml:7:21: services.web.healthcheck.start_period: expected a duration such as \"10s\", "
                        + "\"1m30s\" or \"500ms\", found \"1 minute\"",
                "compose.yaml:12:18: services.web.deploy.update_config.monitor: expected a duration such as \"10s\", "
                        + "\"1m30s\" or \"500ms\", found \"soon\"",
                "compose.yaml:14:16: services.web.deploy.rollback_config.delay: expected a duration such as "
                        + "\"10s\", \"1m30s\" or \"500ms\", found \"5x\"");
    }

    @Test
    void acceptsCpuRealtimeValuesAsMicrosecondsOrDurations() {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    cpu_rt_runtime: 400ms
                    cpu_rt_period: 11000
                """)).isEmpty();
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    cpu_rt_runtime: a while
                """)).containsExactly("compose.yaml:4:21: services.web.cpu_rt_runtime: expected microseconds as "
                + "an integer or a duration such as \"400ms\", found \"a while\"");
    }
}
