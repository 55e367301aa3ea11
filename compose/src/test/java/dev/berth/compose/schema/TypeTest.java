package dev.berth.compose.schema;

import static dev.berth.compose.schema.Validate.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypeTest {

    @Test
    void reportsAStringFieldGivenASequence() {
        assertThat(problems("""
                services:
                  web:
                    image: [nginx]
                """)).containsExactly("compose.yaml:3:12: services.web.image: expected a string, found a sequence");
    }

    @Test
    void reportsAStringFieldGivenAnUnquotedNumber() {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    user: 1000
                """)).containsExactly("compose.yaml:4:11: services.web.user: expected a string, found an integer");
    }

    @Test
    void reportsAListOrDictGivenAString() {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    environment: DEBUG=1
                """)).containsExactly(
                "compose.yaml:4:18: services.web.environment: expected a mapping or a sequence, found \"DEBUG=1\"");
    }

    @Test
    void reportsAMappingGivenASequence() {
        assertThat(problems("""
                services:
                  - web
                """)).containsExactly("compose.yaml:2:3: services: expected a mapping, found a sequence");
    }

    @Test
    void acceptsIntegersWrittenAsStringsAsInterpolationProducesThem() {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    deploy:
                      replicas: "3"
                      update_config:
                        parallelism: "2"
                    ulimits:
                      nofile: {soft: "1024", hard: 2048}
                    oom_score_adj: "-500"
                """)).isEmpty();
    }

    @Test
    void reportsAnIntegerFieldGivenTextThatIsNoInteger() {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    deploy:
                      replicas: three
                      restart_policy:
                        max_attempts: 2.5
                """)).containsExactly(
                "compose.yaml:5:17: services.web.deploy.replicas: expected an integer, found \"three\"",
                "compose.yaml:7:23: services.web.deploy.restart_policy.max_attempts: expected an integer, found a number");
    }

    @Test
    void reportsIntegersOutsideTheirRange() {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    oom_score_adj: 2000
                    mem_swappiness: "101"
                    scale: -1
                    blkio_config:
                      weight: 5
                """)).containsExactly(
                "compose.yaml:4:20: services.web.oom_score_adj: expected an integer from -1000 to 1000, found 2000",
                "compose.yaml:5:21: services.web.mem_swappiness: expected an integer from 0 to 100, found \"101\"",
                "compose.yaml:6:12: services.web.scale: expected an integer of at least 0, found -1",
                "compose.yaml:8:15: services.web.blkio_config.weight: expected an integer from 10 to 1000, found 5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "false", "\"true\"", "\"False\"", "yes", "off"})
    void acceptsBooleansAndTheWordsComposeReadsAsBooleans(String value) {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    init: %s
                """.formatted(value))).isEmpty();
    }

    @Test
    void reportsABooleanFieldGivenOtherText() {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    tty: maybe
                    privileged: 1
                """)).containsExactly(
                "compose.yaml:4:10: services.web.tty: expected a boolean, found \"maybe\"",
                "compose.yaml:5:17: services.web.privileged: expected a boolean, found an integer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "0.5", "\"1.5\"", "\".25\""})
    void acceptsCpusAsIntegersFloatsOrNumericStrings(String value) {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    cpus: %s
                    deploy:
                      resources:
                        limits:
                          cpus: %s
                """.formatted(value, value))).isEmpty();
    }

    @Test
    void reportsCpusThatAreNoNumber() {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    cpus: lots
                    deploy:
                      resources:
                        reservations:
                          cpus: "-1"
                """)).containsExactly(
                "compose.yaml:4:11: services.web.cpus: expected a number, found \"lots\"",
                "compose.yaml:8:17: services.web.deploy.resources.reservations.cpus: "
                        + "expected a number of at least 0, found \"-1\"");
    }

    @Test
    void acceptsEnvironmentAndLabelValuesOfAnyScalarKind() {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    environment:
                      NAME: web
                      PORT: 8080
                      RATIO: 0.5
                      DEBUG: true
                      FROM_HOST:
                    labels:
                      tier: 1
                """)).isEmpty();
    }

    @Test
    void reportsAnEnvironmentValueThatIsAMapping() {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    environment:
                      NESTED: {a: b}
                """)).containsExactly("compose.yaml:5:15: services.web.environment.NESTED: "
                + "expected a string, number, boolean or null, found a mapping");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.8", "\"3.8\"", "3", "\"2.4\"", "3.10"})
    void acceptsVersionAsAStringOrAnUnquotedNumber(String version) {
        assertThat(problems("""
                version: %s
                services:
                  web:
                    image: nginx
                """.formatted(version))).isEmpty();
    }

    @Test
    void acceptsNullWhereTheSpecificationDoes() {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    command:
                    deploy:
                    networks:
                      back:
                networks:
                  back:
                volumes:
                  data:
                """)).isEmpty();
    }

    @Test
    void reportsNullWhereAServiceIsExpected() {
        assertThat(problems("""
                services:
                  web:
                """)).containsExactly("compose.yaml:2:7: services.web: expected a mapping, found null");
    }

    @Test
    void namesEveryAlternativeWhenNoneFits() {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    command: {run: app}
                    ports:
                      - [80, 80]
                """)).containsExactly(
                "compose.yaml:4:14: services.web.command: expected a string, a sequence or null, found a mapping",
                "compose.yaml:6:9: services.web.ports.0: expected a port or a mapping, found a sequence");
    }

    @Test
    void reportsRepeatedItemsOfListsThatMustBeUnique() {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    cap_add: [NET_ADMIN, SYS_TIME, NET_ADMIN]
                    ports:
                      - "80:80"
                      - "80:80"
                """)).containsExactly(
                "compose.yaml:4:36: services.web.cap_add.2: duplicate of item 0 (\"NET_ADMIN\")",
                "compose.yaml:7:9: services.web.ports.1: duplicate of item 0 (\"80:80\")");
    }

    @Test
    void reportsAContainerNameDockerWouldRefuse() {
        assertThat(problems("""
                services:
                  web:
                    image: nginx
                    container_name: -web
                """)).containsExactly("compose.yaml:4:21: services.web.container_name: expected a container name of "
                + "letters, digits, \"_\", \".\" and \"-\" starting with a letter or digit, found \"-web\"");
    }
}
