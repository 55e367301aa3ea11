package dev.berth.compose.bind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationAndSizeTest {

    @Test
    void parsesGoDurations() {
        assertThat(DurationSyntax.parse("1m30s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(DurationSyntax.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(DurationSyntax.parse("1.5h")).isEqualTo(Duration.ofMinutes(90));
        assertThat(DurationSyntax.parse("1h2m3s4ms5us6ns")).isEqualTo(Duration.ofNanos(3_723_004_005_006L));
        assertThat(DurationSyntax.parse("10\u00b5s")).isEqualTo(Duration.ofNanos(10_000));
        assertThat(DurationSyntax.parse("0")).isEqualTo(Duration.ZERO);
        assertThat(DurationSyntax.parse("-2s")).isEqualTo(Duration.ofSeconds(-2));
    }

    @Test
    void parsesDaysAndWeeksAsDockerComposeDoes() {
        assertThat(DurationSyntax.parse("1w2d")).isEqualTo(Duration.ofDays(9));
    }

    @Test
    void rejectsANumberWithoutUnit() {
        assertThatThrownBy(() -> DurationSyntax.parse("30")).hasMessage("invalid duration \"30\"; expected a number"
                + " with a unit (ns, us, ms, s, m, h, d, w) such as 1m30s or 500ms");
    }

    @Test
    void rejectsAnUnknownUnit() {
        assertThatThrownBy(() -> DurationSyntax.parse("5y")).hasMessageStartingWith("invalid duration \"5y\"");
        assertThatThrownBy(() -> DurationSyntax.parse("1..5s")).hasMessageStartingWith("invalid duration \"1..5s\"");
    }

    @Test
    void parsesByteSizesWithBinaryUnits() {
        assertThat(ByteSizeSyntax.parse("512m")).isEqualTo(536_870_912L);
        assertThat(ByteSizeSyntax.parse("1.5g")).isEqualTo(1_610_612_736L);
        assertThat(ByteSizeSyntax.parse("2GiB")).isEqualTo(2_147_483_648L);
        assertThat(ByteSizeSyntax.parse("100kb")).isEqualTo(102_400L);
        assertThat(ByteSizeSyntax.parse("1024")).isEqualTo(1024L);
        assertThat(ByteSizeSyntax.parse("64 M")).isEqualTo(67_108_864L);
    }

    @Test
    void rejectsASizeWithAnUnknownUnit() {
        assertThatThrownBy(() -> ByteSizeSyntax.parse("5x")).hasMessage("invalid size \"5x\"; expected a number of"
                + " bytes with an optional unit (b, k, m, g, t, p) such as 512m");
    }

    @Test
    void bindsDurationsAndSizesOfAService() {
        var web = Binding.service("""
                services:
                  web:
                    image: nginx
                    stop_grace_period: 1m30s
                    healthcheck: {test: [CMD, "true"], interval: 10s, timeout: 500ms, start_period: 1m, retries: 3}
                    deploy:
                      resources: {limits: {memory: 512m}, reservations: {memory: 268435456}}
                """, "web");
        assertThat(web.stopGracePeriod()).isEqualTo(Duration.ofSeconds(90));
        assertThat(web.healthcheck().interval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(web.healthcheck().timeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(web.healthcheck().startPeriod()).isEqualTo(Duration.ofMinutes(1));
        assertThat(web.healthcheck().retries()).isEqualTo(3L);
        assertThat(web.deploy().resources().limits().memory()).isEqualTo(536_870_912L);
        assertThat(web.deploy().resources().reservations().memory()).isEqualTo(268_435_456L);
    }

    @Test
    void reportsABadDurationAndABadSizeWithTheirPositions() {
        assertThat(Binding.problems("""
                services:
                  web:
                    image: nginx
                    stop_grace_period: 10
                    deploy:
                      resources:
                        limits: {memory: lots}
                """)).containsExactly(
                "compose.yaml:4:24: services.web.stop_grace_period: invalid duration \"10\"; expected a number with a"
                        + " unit (ns, us, ms, s, m, h, d, w) such as 1m30s or 500ms",
                "compose.yaml:7:26: services.web.deploy.resources.limits.memory: invalid size \"lots\"; expected a"
                        + " number of bytes with an optional unit (b, k, m, g, t, p) such as 512m");
    }
}
