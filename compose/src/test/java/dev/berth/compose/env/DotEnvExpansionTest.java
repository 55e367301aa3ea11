package dev.berth.compose.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DotEnvExpansionTest {

    private static final Map<String, String> OS = Map.of("HOME", "/home/ann", "EMPTY_VAR", "", "TEST_VAR", "Test Value");

    private static Map<String, String> parse(String content) {
        return DotEnv.parse(".env", content, OS::get);
    }

    @Test
    void refersToKeysSetEarlierInTheFile() {
        assertThat(parse("""
                HOST=localhost
                URL=http://${HOST}:8080
                BARE=$HOST
                QUOTED="at $HOST"
                """)).containsEntry("URL", "http://localhost:8080")
                .containsEntry("BARE", "localhost")
                .containsEntry("QUOTED", "at localhost");
    }

    @Test
    void refersToTheLookup() {
        assertThat(parse("DATA=${HOME}/data")).containsExactly(entry("DATA", "/home/ann/data"));
    }

    @Test
    void prefersTheLookupOverKeysOfTheFileAsDockerComposeDoes() {
        assertThat(parse("""
                HOME=/srv
                DATA=${HOME}/data
                """)).containsExactly(entry("HOME", "/srv"), entry("DATA", "/home/ann/data"));
    }

    @Test
    void doesNotSeeKeysSetLaterInTheFile() {
        assertThat(parse("A=${B:-unset}\nB=2")).containsEntry("A", "unset");
    }

    @Test
    void substitutesAnUnsetVariableWithTheEmptyString() {
        assertThat(parse("A=x${NOWHERE}y")).containsEntry("A", "xy");
    }

    @Test
    void resolvesEveryForm() {
        assertThat(parse("""
                A=${UNSET_VAR:-Default Value}
                B=${EMPTY_VAR:-Default Value}
                C=${TEST_VAR:-Default Value}
                D=${UNSET_VAR-Default Value}
                E=${EMPTY_VAR-Default Value}
                F=${TEST_VAR?must be set}
                G=${EMPTY_VAR?must be set}
                H=${TEST_VAR:+alternate}
                I=${EMPTY_VAR+alternate}
                J=${UNSET_VAR+alternate}
                K="${UNSET_VAR:-${TEST_VAR}}"
                """)).containsExactly(entry("A", "Default Value"), entry("B", "Default Value"),
                entry("C", "Test Value"), entry("D", "Default Value"), entry("E", ""), entry("F", "Test Value"),
                entry("G", ""), entry("H", "alternate"), entry("I", "alternate"), entry("J", ""),
                entry("K", "Test Value"));
    }

    @Test
    void treatsValuesOfEarlierFilesAsEarlierKeys() {
        Map<String, String> values = new LinkedHashMap<>();
        DotEnv.parseInto("base.env", "HOST=localhost\nURL=http://${HOST}\n", name -> null, values);
        DotEnv.parseInto("override.env", "HOST=dev.example.com\nURL=\"http://${HOST}\"\nPORT=${PORT:-80}\n",
                name -> null, values);

        assertThat(values).containsExactly(entry("HOST", "dev.example.com"), entry("URL", "http://dev.example.com"),
                entry("PORT", "80"));
    }
}
