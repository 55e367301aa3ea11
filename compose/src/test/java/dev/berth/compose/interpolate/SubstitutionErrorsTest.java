package dev.berth.compose.interpolate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubstitutionErrorsTest {

    private static final Map<String, String> ENV = Map.of("SET", "value", "EMPTY", "", "FOO", "first");

    private static final String ESCAPE_HINT = ": you may need to escape any $ with another $";

    private static void assertFails(String template, String message) {
        assertThatThrownBy(() -> Interpolation.substitute(template, ENV::get))
                .isInstanceOf(InterpolationException.class)
                .hasMessage(message);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            '${UNSET:?set it in .env}'   | 'required variable UNSET is missing a value: set it in .env'
            '${EMPTY:?set it in .env}'   | 'required variable EMPTY is missing a value: set it in .env'
            '${UNSET?must be set}'       | 'required variable UNSET is missing a value: must be set'
            '${UNSET:?}'                 | 'required variable UNSET is missing a value'
            '${EMPTY:?}'                 | 'required variable EMPTY is missing a value'
            '${UNSET?}'                  | 'required variable UNSET is missing a value'
            'not ok ${UNSET?bar-baz}'    | 'required variable UNSET is missing a value: bar-baz'
            """)
    void reportsAMissingRequiredVariableWithItsReason(String template, String message) {
        assertFails(template, message);
    }

    @Test
    void substitutesReferencesInTheReason() {
        assertFails("${UNSET:?Mandatory ${FOO}}", "required variable UNSET is missing a value: Mandatory first");
        assertFails("${UNSET?Mandatory ${FOO}}", "required variable UNSET is missing a value: Mandatory first");
    }

    @Test
    void reportsARequiredVariableMissingInsideAUsedDefault() {
        assertFails("${UNSET:-${DB_PASSWORD:?needed}}", "required variable DB_PASSWORD is missing a value: needed");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            '${'              | '"${"'
            '${}'             | '"${}"'
            '${ }'            | '"${ }"'
            '${ foo}'         | '"${ foo}"'
            '${foo }'         | '"${foo }"'
            '${foo!}'         | '"${foo!}"'
            '${FOO'           | '"${FOO"'
            'image: ${FOO'    | '"${FOO"'
            '${1A}'           | '"${1A}"'
            '${A:}'           | '"${A:}"'
            '${A:x}'          | '"${A:x}"'
            '${VAR:=x}'       | '"${VAR:=x}"'
            '${VAR=x}'        | '"${VAR=x}"'
            '${A.B}'          | '"${A.B}"'
            '${A:-x'          | '"${A:-x"'
            '${A:-${B}'       | '"${A:-${B}"'
            '${A:-{x}'        | '"${A:-{x}"'
            'a ${B:=x} c}'    | '"${B:=x}"'
            '${A:-${B:=x}}'   | '"${B:=x}"'
            '$${ok} ${'       | '"${"'
            """)
    void reportsAnInvalidReferenceFromItsDollarToItsClosingBrace(String template, String reference) {
        assertFails(template, "invalid interpolation format " + reference + ESCAPE_HINT);
    }

    @Test
    void reportsASyntaxErrorEvenInAnArgumentThatIsNotUsed() {
        assertFails("${SET:-${}}", "invalid interpolation format \"${}\"" + ESCAPE_HINT);
    }

    @Test
    void reportsASyntaxErrorBeforeAMissingVariable() {
        assertFails("${UNSET:?x} ${", "invalid interpolation format \"${\"" + ESCAPE_HINT);
    }

    @Test
    void escapesQuotesAndLineBreaksInTheQuotedReference() {
        assertFails("${A \"b\"\n", "invalid interpolation format \"${A \\\"b\\\"\\n\"" + ESCAPE_HINT);
    }
}
