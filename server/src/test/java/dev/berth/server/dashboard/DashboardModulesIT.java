package dev.berth.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/** The dashboard's pure modules, run in Chromium as the pages load them. */
class DashboardModulesIT {
    static DashboardFixture fixture;
    static Browser browser;

    @BeforeAll
    static void open() {
        fixture = new DashboardFixture();
        browser = new Browser("modules");
        browser.open(fixture.url() + "#/signin");
        browser.await("#user", Duration.ofSeconds(10));
    }

    @AfterAll
    static void close() {
        browser.close();
        fixture.close();
    }

    @Test
    void readsEventsSplitAnywhereInTheStream() {
        String stream = "event: log\ndata: {\"line\": \"a\"}\n\n: comment\r\nevent: done\r\ndata: first\r\ndata: second\r\n\r\n"
                + "data: no name\n\n";
        for (int size : List.of(1, 3, 7, stream.length())) {
            Object events = module("api.js", """
                    const events = [];
                    const parser = new m.EventParser((name, data) => events.push([name, data]));
                    const text = arguments[0];
                    for (let i = 0; i < text.length; i += arguments[1]) parser.push(text.slice(i, i + arguments[1]));
                    return events;
                    """, stream, size);
            assertThat(events).as("in chunks of %d", size).isEqualTo(List.of(
                    List.of("log", Map.of("line", "a")), List.of("done", "first\nsecond"), List.of("message", "no name")));
        }
    }

    @Test
    void readsVariablesAsADotEnvFileHasThem() {
        assertThat(module("views/deploy.js", "return m.variables(arguments[0])",
                "# port\nHELLO_PORT=8080\n\n  GREETING=a=b  \n")).isEqualTo(Map.of("HELLO_PORT", "8080", "GREETING", "a=b"));
        assertThat(module("views/deploy.js", "try { m.variables(arguments[0]); } catch (e) { return e.message; }",
                "OK=1\n2BAD=x")).isEqualTo("Variables, line 2: expected KEY=VALUE, found \"2BAD=x\"");
    }

    @Test
    void saysHowLongAgoAndHowLongLeft() {
        String now = "Date.parse('2026-01-01T12:00:00Z')";
        assertThat(module("format.js", "return m.age('2026-01-01T09:55:00Z', " + now + ")")).isEqualTo("2h 5m");
        assertThat(module("format.js", "return m.age('2025-12-29T11:00:00Z', " + now + ")")).isEqualTo("3d 1h");
        assertThat(module("format.js", "return m.expiresIn('2026-01-01T12:00:30Z', " + now + ")"))
                .isEqualTo("in less than a minute");
        assertThat(module("format.js", "return m.expiresIn('2026-01-01T11:00:00Z', " + now + ")"))
                .isEqualTo("expired 1h ago");
        assertThat(module("format.js", "return m.expiresIn(null)")).isEqualTo("never");
        assertThat(module("format.js", "return [m.bytes(536870912), m.bytes(1536), m.bytes(null), m.cpus(0.25), m.cpus(2)]"))
                .isEqualTo(List.of("512 MiB", "1.5 KiB", "–", "0.25", "2"));
    }

    @Test
    void readsTheImagesOfAJobAsWorkUnderWayThenDone() {
        assertThat(module("state.js", "return ['building', 'built', 'sending', 'sent', 'no such state'].map(m.tone)"))
                .isEqualTo(List.of("busy", "good", "busy", "good", "idle"));
    }

    @Test
    void laysOutCyclesAndUnknownDependenciesWithoutFailing() {
        Object layout = module("graph.js", """
                const plan = m.layout([
                  {name: 'a', dependsOn: ['b']}, {name: 'b', dependsOn: ['a']}, {name: 'c', dependsOn: ['gone']}]);
                return plan.nodes.map(n => n.name + ':' + n.layer).concat(plan.edges.map(e => e.from + '>' + e.to));
                """);
        assertThat(layout).asList().contains("c:0", "a>b", "b>a").hasSize(5);
    }

    /** Runs BODY with the dashboard's module js/NAME as m and ARGS as its arguments; returns what BODY returns. */
    private static Object module(String name, String body, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const args = [...arguments].slice(0, -1);
                import('/js/%s')
                  .then(m => done((function () { %s }).apply(null, args)))
                  .catch(e => done('error: ' + e));
                """.formatted(name, body), args);
    }
}
