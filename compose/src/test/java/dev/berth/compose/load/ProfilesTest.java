package dev.berth.compose.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.problem.Problems;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.yaml.YamlReader;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProfilesTest {

    private static final MapNode PROJECT = (MapNode) new YamlReader().read("compose.yaml", """
            services:
              app: {image: app, depends_on: {db: {condition: service_started}, debug: {required: false}}}
              db: {image: db}
              debug: {image: debug, profiles: [debug]}
              ui: {image: ui, profiles: [frontend, debug]}
            """);

    private static Set<String> services(MapNode root) {
        return ((MapNode) root.get("services")).keys();
    }

    @Test
    void servicesWithoutProfilesAreAlwaysEnabled() {
        Problems problems = new Problems();
        assertThat(services(Profiles.apply(PROJECT, Set.of(), problems))).containsExactly("app", "db");
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void aProfileEnablesItsServices() {
        assertThat(services(Profiles.apply(PROJECT, Set.of("frontend"), new Problems())))
                .containsExactly("app", "db", "ui");
        assertThat(services(Profiles.apply(PROJECT, Set.of("*"), new Problems())))
                .containsExactly("app", "db", "debug", "ui");
    }

    @Test
    void anOptionalDependencyOnADisabledServiceIsDropped() {
        MapNode root = Profiles.apply(PROJECT, Set.of(), new Problems());
        MapNode app = (MapNode) ((MapNode) root.get("services")).get("app");
        assertThat(((MapNode) app.get("depends_on")).keys()).containsExactly("db");
    }

    @Test
    void aRequiredDependencyOnADisabledServiceIsAnError() {
        MapNode root = (MapNode) new YamlReader().read("compose.yaml", """
                services:
                  app: {image: app, depends_on: [debug]}
                  debug: {image: debug, profiles: [debug]}
                """);
        Problems problems = new Problems();
        Profiles.apply(root, Set.of(), problems);
        assertThat(problems.list()).extracting(Object::toString).containsExactly(
                "compose.yaml:2:34: services.app.depends_on.debug: service \"debug\" is required but disabled;"
                        + " enable one of its profiles [debug] with --profile");
    }

    @Test
    void composeProfilesFromTheEnvironmentApplyWhenNoneAreGiven() {
        assertThat(Profiles.active(Set.of(), Map.of("COMPOSE_PROFILES", "debug, frontend")))
                .containsExactly("debug", "frontend");
        assertThat(Profiles.active(Set.of("x"), Map.of("COMPOSE_PROFILES", "debug"))).containsExactly("x");
    }
}
