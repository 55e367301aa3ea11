package dev.berth.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void readsDockerStyleDurationsAndZero() {
        assertThat(Durations.parse("0")).isZero();
        assertThat(Durations.parse("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(Durations.parse("2d")).isEqualTo(Duration.ofDays(2));
        assertThat(Durations.parse("250ms")).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void refusesWhatIsNotADuration() {
        assertThatThrownBy(() -> Durations.parse("8 hours"))
                .hasMessage("expected a duration such as 90s, 8h or 7d, found 8 hours");
        assertThatThrownBy(() -> Durations.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Durations.parse("h8")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesADurationLongerThanAHundredYearsWhateverItsSize() {
        assertThat(Durations.parse("36500d")).isEqualTo(Durations.MAX);
        assertThatThrownBy(() -> Durations.parse("36501d"))
                .hasMessage("duration 36501d is too long: at most 36500d (a hundred years)");
        assertThatThrownBy(() -> Durations.parse("999999999999999d"))
                .hasMessage("duration 999999999999999d is too long: at most 36500d (a hundred years)");
        assertThatThrownBy(() -> Durations.parse("99999999999999999999999s")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is too long");
    }
}
