package dev.berth.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PasswordsTest {

    @Test
    void aHashMatchesOnlyItsPasswordAndIsSalted() {
        String hash = Passwords.hash("correct horse");
        assertThat(hash).startsWith("pbkdf2-sha256$" + Passwords.ITERATIONS + "$").doesNotContain("correct");
        assertThat(Passwords.matches("correct horse", hash)).isTrue();
        assertThat(Passwords.matches("correct horsf", hash)).isFalse();
        assertThat(Passwords.hash("correct horse")).isNotEqualTo(hash);
        assertThat(Passwords.matches("x", "plain")).isFalse();
    }

    @Test
    void tokensAreRandomAndStoredAsTheirSha256() {
        String a = Tokens.generate();
        assertThat(a).startsWith("berth_").hasSize(6 + 43).isNotEqualTo(Tokens.generate());
        assertThat(Tokens.sha256(a)).hasSize(64).isEqualTo(Tokens.sha256(a)).isNotEqualTo(Tokens.sha256(a + "x"));
    }

    @Test
    void failuresPastTheLimitWaitForTheWindow() {
        FailedAuthLimit limit = new FailedAuthLimit(3, Duration.ofSeconds(60));
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 3; i++) {
            assertThat(limit.retryAfter("10.0.0.1", t)).isZero();
            limit.failed("10.0.0.1", t.plusSeconds(i));
        }
        assertThat(limit.retryAfter("10.0.0.1", t.plusSeconds(5))).isEqualTo(55);
        assertThat(limit.retryAfter("10.0.0.2", t.plusSeconds(5))).isZero();
        assertThat(limit.retryAfter("10.0.0.1", t.plusSeconds(61))).isZero();
    }
}
