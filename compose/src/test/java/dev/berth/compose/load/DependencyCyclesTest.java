package dev.berth.compose.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.problem.Problems;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.yaml.YamlReader;
import org.junit.jupiter.api.Test;

class DependencyCyclesTest {

    private static Problems check(String yaml) {
        Problems problems = new Problems();
        DependencyCycles.check((MapNode) new YamlReader().read("compose.yaml", yaml), problems);
        return problems;
    }

    @Test
    void aCycleIsReportedOnceWithTheWholeLoop() {
        Problems problems = check("""
                services:
                  web: {depends_on: [api]}
                  api: {depends_on: {db: {condition: service_healthy}}}
                  db: {depends_on: [web]}
                  other: {depends_on: [db]}
                """);
        assertThat(problems.list()).extracting(Object::toString).containsExactly(
                "compose.yaml:2:22: services.web.depends_on.api: dependency cycle: web -> api -> db -> web");
    }

    @Test
    void aServiceDependingOnItselfIsACycle() {
        assertThat(check("services: {a: {depends_on: [a]}}\n").list()).extracting(Object::toString)
                .containsExactly("compose.yaml:1:29: services.a.depends_on.a: dependency cycle: a -> a");
    }

    @Test
    void aDiamondIsNoCycle() {
        assertThat(check("""
                services:
                  a: {depends_on: [b, c]}
                  b: {depends_on: [d]}
                  c: {depends_on: [d]}
                  d: {}
                """).isEmpty()).isTrue();
    }
}
