package dev.berth.compose.interpolate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.berth.compose.problem.ComposeException;
import dev.berth.compose.problem.Position;
import dev.berth.compose.problem.Problem;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.ScalarKind;
import dev.berth.compose.tree.ScalarNode;
import dev.berth.compose.tree.SeqNode;
import dev.berth.compose.yaml.YamlReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TreeInterpolationTest {

    private static final Map<String, String> ENV = Map.of("TAG", "1.25", "PORT", "8080", "KEY", "k", "VALUE", "v");

    private static MapNode read(String yaml) {
        return (MapNode) new YamlReader().read("compose.yaml", yaml);
    }

    private static MapNode interpolate(String yaml) {
        return (MapNode) Interpolation.interpolate(read(yaml), ENV::get);
    }

    private static Node at(Node node, String... path) {
        for (String segment : path) {
            node = node instanceof SeqNode seq ? seq.get(Integer.parseInt(segment)) : ((MapNode) node).get(segment);
        }
        return node;
    }

    private static String text(Node node, String... path) {
        return ((ScalarNode) at(node, path)).text();
    }

    @Test
    void substitutesStringValuesInMappingsAndSequences() {
        MapNode root = interpolate("""
                services:
                  web:
                    image: "nginx:${TAG:-latest}"
                    ports:
                      - "${PORT}:80"
                      - 9090:${PORT}
                    command: [echo, $$HOME]
                """);

        assertThat(text(root, "services", "web", "image")).isEqualTo("nginx:1.25");
        assertThat(text(root, "services", "web", "ports", "0")).isEqualTo("8080:80");
        assertThat(text(root, "services", "web", "ports", "1")).isEqualTo("9090:8080");
        assertThat(text(root, "services", "web", "command", "1")).isEqualTo("$HOME");
    }

    @Test
    void keepsPositionsKeyPositionsAndTags() {
        MapNode original = read("""
                services:
                  web:
                    image: nginx:${TAG}
                    ports: !reset ["${PORT}:80"]
                    environment: !override
                      A: $VALUE
                """);

        MapNode root = (MapNode) Interpolation.interpolate(original, ENV::get);

        MapNode web = (MapNode) at(root, "services", "web");
        assertThat(web.get("image").position()).isEqualTo(new Position("compose.yaml", 3, 12));
        assertThat(web.entry("image").keyPosition()).isEqualTo(new Position("compose.yaml", 3, 5));
        assertThat(web.get("ports").tag()).isEqualTo("!reset");
        assertThat(web.get("ports").position()).isEqualTo(at(original, "services", "web", "ports").position());
        assertThat(((SeqNode) web.get("ports")).get(0).position()).isEqualTo(new Position("compose.yaml", 4, 20));
        assertThat(web.get("environment").tag()).isEqualTo("!override");
        assertThat(text(web, "environment", "A")).isEqualTo("v");
    }

    @Test
    void leavesMappingKeysAlone() {
        MapNode root = interpolate("""
                environment:
                  ${KEY}: ${VALUE}
                  $KEY: plain
                """);

        MapNode environment = (MapNode) root.get("environment");
        assertThat(environment.keys()).containsExactly("${KEY}", "$KEY");
        assertThat(text(environment, "${KEY}")).isEqualTo("v");
    }

    @Test
    void leavesScalarsOfOtherKindsAlone() {
        Position at = new Position("compose.yaml", 1, 1);
        ScalarNode number = new ScalarNode("${PORT}", ScalarKind.INT, at, null);
        ScalarNode flag = new ScalarNode("${FLAG:?}", ScalarKind.BOOL, at, null);
        ScalarNode nothing = new ScalarNode("$VALUE", ScalarKind.NULL, at, null);
        SeqNode seq = SeqNode.of(List.of(number, flag, nothing, ScalarNode.string("$VALUE", at)), at);

        SeqNode result = (SeqNode) Interpolation.interpolate(seq, ENV::get);

        assertThat(result.items()).containsExactly(number, flag, nothing, ScalarNode.string("v", at));
    }

    @Test
    void keepsTheKindsOfResolvedPlainScalars() {
        MapNode root = interpolate("""
                replicas: 3
                read_only: true
                user: ~
                ratio: 0.5
                name: "${KEY}"
                """);

        assertThat(root.entries()).extracting(e -> ((ScalarNode) e.value()).kind())
                .containsExactly(ScalarKind.INT, ScalarKind.BOOL, ScalarKind.NULL, ScalarKind.FLOAT, ScalarKind.STRING);
    }

    @Test
    void returnsAnEqualTreeWhenNothingChanges() {
        MapNode original = read("""
                services:
                  web:
                    image: nginx
                    ports: ["80:80"]
                """);

        assertThat(Interpolation.interpolate(original, ENV::get)).isEqualTo(original);
    }

    @Test
    void reportsAMissingRequiredVariableWithPositionAndPath() {
        MapNode root = read("""
                services:
                  db:
                    environment:
                      PASSWORD: ${DB_PASSWORD:?set it in .env}
                """);

        ComposeException e = catchThrowableOfType(ComposeException.class,
                () -> Interpolation.interpolate(root, ENV::get));

        assertThat(e.problems()).containsExactly(new Problem(new Position("compose.yaml", 4, 17),
                "services.db.environment.PASSWORD",
                "required variable DB_PASSWORD is missing a value: set it in .env"));
        assertThat(e).hasMessage("compose.yaml:4:17: services.db.environment.PASSWORD: "
                + "required variable DB_PASSWORD is missing a value: set it in .env");
    }

    @Test
    void collectsEveryBadScalarInFileOrder() {
        MapNode root = read("""
                services:
                  web:
                    image: "${FOO"
                    ports:
                      - "${PORT}:80"
                      - "${HOST_PORT:?}:81"
                    command:
                      - sh
                      - -c
                      - echo ${A:=x} and ${B:?}
                  db:
                    image: postgres:${PG_TAG?choose a version}
                """);

        ComposeException e = catchThrowableOfType(ComposeException.class,
                () -> Interpolation.interpolate(root, ENV::get));

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "compose.yaml:3:12: services.web.image: invalid interpolation format \"${FOO\": "
                        + "you may need to escape any $ with another $",
                "compose.yaml:6:9: services.web.ports.1: required variable HOST_PORT is missing a value",
                "compose.yaml:10:9: services.web.command.2: invalid interpolation format \"${A:=x}\": "
                        + "you may need to escape any $ with another $",
                "compose.yaml:12:12: services.db.image: required variable PG_TAG is missing a value: "
                        + "choose a version");
    }

    @Test
    void reportsOneProblemPerScalarEvenWithSeveralBadReferences() {
        MapNode root = read("""
                command: ${A:?} ${B:?}
                """);

        ComposeException e = catchThrowableOfType(ComposeException.class,
                () -> Interpolation.interpolate(root, ENV::get));

        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "compose.yaml:1:10: command: required variable A is missing a value");
    }

    @Test
    void aPlainReferenceToAnUnsetVariableIsAWarningWithItsPlace() {
        dev.berth.compose.problem.Problems warnings = new dev.berth.compose.problem.Problems();
        Interpolation.interpolate(read("""
                services:
                  web:
                    image: "nginx:${NOPE}"
                    environment: ["A=${UNSET:-$ALSO}", "B=${GONE:-fine}", "C=$TAG", "D=$${NOT_A_REFERENCE}"]
                """), ENV::get, warnings);
        assertThat(warnings.list()).extracting(Problem::toString).containsExactly(
                "compose.yaml:3:12: services.web.image: variable NOPE is not set; it is taken as an empty string",
                "compose.yaml:4:19: services.web.environment.0: variable ALSO is not set; it is taken as an empty string");
    }
}
