package dev.berth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** port, extend, gc and the lifetime flags before they reach a cluster, and how expiries and sizes read. */
class LifecycleCommandsTest {

    private static final Instant NOW = Instant.parse("2026-11-27T01:00:00Z");

    private static Map<String, String> noEngine(Path dir) {
        return Map.of("HOME", "/home/tester", "DOCKER_HOST", "unix://" + dir.resolve("no-such.sock"));
    }

    @Test
    void expiriesReadRelativeToNow() {
        assertThat(Ages.until(null, NOW)).isEqualTo("never");
        assertThat(Ages.until(NOW.plus(Duration.ofHours(3)), NOW)).isEqualTo("in 3h");
        assertThat(Ages.until(NOW.plus(Duration.ofMinutes(200)), NOW)).isEqualTo("in 3h20m");
        assertThat(Ages.until(NOW.plus(Duration.ofHours(30)), NOW)).isEqualTo("in 30h");
        assertThat(Ages.until(NOW.plus(Duration.ofDays(3)), NOW)).isEqualTo("in 3d");
        assertThat(Ages.until(NOW.plusSeconds(42), NOW)).isEqualTo("in 42s");
        assertThat(Ages.until(NOW.minus(Duration.ofMinutes(10)), NOW)).isEqualTo("expired 10m ago");
        assertThat(Ages.until(NOW, NOW)).isEqualTo("expired 0s ago");
    }

    @Test
    void sizesReadAsDockerPrintsThem() {
        assertThat(Bytes.text(0)).isEqualTo("0B");
        assertThat(Bytes.text(999)).isEqualTo("999B");
        assertThat(Bytes.text(2_050_000)).isEqualTo("2.05MB");
        assertThat(Bytes.text(43_500_000_000L)).isEqualTo("43.5GB");
        assertThat(Bytes.text(123_000)).isEqualTo("123kB");
    }

    @Test
    void theIpvsSettingIsTheFlagThenTheVariableAndNothingElse(@TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("compose.yaml"), "services:\n  web: {image: busybox}\n");
        Cli maybe = Cli.run(noEngine(dir), dir, "up", "shop", "--ipvs", "maybe");
        assertThat(maybe.code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(maybe.err()).isEqualTo("berth: --ipvs is \"maybe\"; expected auto, on or off\n");
        Invocation env = new Invocation(new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter()), java.util.Map.of("BERTH_IPVS", "on"), dir);
        assertThat(UpCommand.ipvsSetting(env, "auto")).isTrue();
        assertThat(UpCommand.ipvsSetting(env, "off")).isFalse();
        Invocation bad = new Invocation(new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter()), java.util.Map.of("BERTH_IPVS", "yes"), dir);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> UpCommand.ipvsSetting(bad, "auto"))
                .hasMessage("BERTH_IPVS is \"yes\"; expected auto, on or off");
    }

    @Test
    void aHostOrServerThatCannotBeOneIsInvalidInput(@TempDir Path dir) {
        Cli host = Cli.run(noEngine(dir), dir, "ls", "-H", "tcp://127.0.0.1:99999");
        assertThat(host.code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(host.err()).isEqualTo("berth: Docker host \"tcp://127.0.0.1:99999\" is invalid: expected"
                + " tcp://HOST:PORT with a port from 1 to 65535\n");
        Cli server = Cli.run(noEngine(dir), dir, "ls", "--server", "http://a b");
        assertThat(server.code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(server.err()).startsWith("berth: the server URL \"http://a b\" is invalid: ");
        Cli port = Cli.run(noEngine(dir), dir, "ls", "--server", "http://127.0.0.1:99999");
        assertThat(port.code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(port.err()).contains("with a port from 1 to 65535");
    }

    @Test
    void badLifetimesArePromptInvalidInput(@TempDir Path dir) {
        Cli ttl = Cli.run(noEngine(dir), dir, "up", "shop", "--ttl", "eight hours");
        assertThat(ttl.code).isEqualTo(2);
        assertThat(ttl.err()).contains("expected a duration such as 90s, 10m or 1h30m, found \"eight hours\"");
        Cli huge = Cli.run(noEngine(dir), dir, "up", "shop", "--ttl", "999999999999999d");
        assertThat(huge.code).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(huge.err()).contains("duration 999999999999999d is too long: at most 36500d (a hundred years)")
                .doesNotContain("Exception");
        Cli extend = Cli.run(noEngine(dir), dir, "extend", "shop", "soon");
        assertThat(extend.code).isEqualTo(2);
        assertThat(extend.err()).contains("expected a duration such as 90s, 10m or 1h30m, found \"soon\"");
        Cli zero = Cli.run(noEngine(dir), dir, "extend", "shop", "0s");
        assertThat(zero.code).isEqualTo(2);
        assertThat(zero.err()).contains("berth: extend by a positive duration, such as 4h");
        Cli wait = Cli.run(noEngine(dir), dir, "down", "shop", "--wait-lock", "a while");
        assertThat(wait.code).isEqualTo(2);
        assertThat(wait.err()).contains("expected a duration such as 90s, 10m or 1h30m, found \"a while\"");
    }

    @Test
    void portRefusesAPortThatIsNoPort(@TempDir Path dir) {
        Cli cli = Cli.run(noEngine(dir), dir, "port", "shop", "web", "80/http");
        assertThat(cli.code).isEqualTo(2);
        assertThat(cli.err()).contains("expected PORT (1 to 65535) or PORT/PROTOCOL such as 80 or 53/udp, found \"80/http\"");
        Cli missing = Cli.run(noEngine(dir), dir, "port", "shop");
        assertThat(missing.code).isEqualTo(2);
        assertThat(missing.err()).contains("Missing required parameter: 'SERVICE'");        Cli big = Cli.run(noEngine(dir), dir, "port", "shop", "web", "99999");
        assertThat(big.code).isEqualTo(2);
        assertThat(big.err()).contains("found \"99999\"").doesNotContain("cannot reach");
    }

    @Test
    void logsRefusesATailThatIsNoNumber(@TempDir Path dir) {
        for (String tail : new String[] {"abc", "-5"}) {
            Cli cli = Cli.run(noEngine(dir), dir, "logs", "shop", "-n", tail);
            assertThat(cli.code).as(tail).isEqualTo(2);
            assertThat(cli.err()).isEqualTo("berth: --tail is \"" + tail + "\"; expected a number of lines or all\n");
        }
    }

    @Test
    void theNewCommandsNameAnEngineTheyCannotReach(@TempDir Path dir) {
        for (String[] args : new String[][] {{"port", "shop", "web"}, {"extend", "shop", "4h"}, {"gc"}, {"gc", "--dry-run"}}) {
            Cli cli = Cli.run(noEngine(dir), dir, args);
            assertThat(cli.code).as(String.join(" ", args)).isEqualTo(1);
            assertThat(cli.err()).as(String.join(" ", args)).contains("berth: cannot reach the Docker engine at unix://"
                    + dir.resolve("no-such.sock"));
        }
    }

    @Test
    void everyLifecycleCommandHasHelp() {
        assertThat(Cli.run(Path.of("."), "port", "--help").out()).contains("Usage: berth port", "PORT[/PROTOCOL]");
        assertThat(Cli.run(Path.of("."), "extend", "--help").out()).contains("Usage: berth extend", "--wait-lock");
        assertThat(Cli.run(Path.of("."), "gc", "--help").out()).contains("Usage: berth gc", "--dry-run", "--format");
        assertThat(Cli.run(Path.of("."), "up", "--help").out()).contains("--ttl", "--wait-lock");
    }
}
