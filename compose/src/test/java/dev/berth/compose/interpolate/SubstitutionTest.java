package dev.berth.compose.interpolate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubstitutionTest {

    private static final Map<String, String> ENV = Map.of(
            "SET", "value",
            "EMPTY", "",
            "FOO", "first",
            "JSON", "{\"json\":2}");

    private static String substitute(String template) {
        return Interpolation.substitute(template, ENV::get);
    }

    @ParameterizedTest(name = "{0} -> \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            '$SET'          | 'value'
            '$EMPTY'        | ''
            '$UNSET'        | ''
            '${SET}'        | 'value'
            '${EMPTY}'      | ''
            '${UNSET}'      | ''
            '${SET:-d}'     | 'value'
            '${EMPTY:-d}'   | 'd'
            '${UNSET:-d}'   | 'd'
            '${SET-d}'      | 'value'
            '${EMPTY-d}'    | ''
            '${UNSET-d}'    | 'd'
            '${SET:?e}'     | 'value'
            '${SET?e}'      | 'value'
            '${EMPTY?e}'    | ''
            '${SET:+a}'     | 'a'
            '${EMPTY:+a}'   | ''
            '${UNSET:+a}'   | ''
            '${SET+a}'      | 'a'
            '${EMPTY+a}'    | 'a'
            '${UNSET+a}'    | ''
            """)
    void resolvesEveryFormForSetEmptyAndUnsetVariables(String template, String expected) {
        assertThat(substitute(template)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            'image: nginx'            | 'image: nginx'
            'This $FOO var'           | 'This first var'
            'This ${UNSET} var'       | 'This  var'
            '$FOO-bar'                | 'first-bar'
            '$FOO.bar'                | 'first.bar'
            '$FOO_bar'                | ''
            '${FOO}_bar'              | 'first_bar'
            '$SET$FOO'                | 'valuefirst'
            '${UNSET:-}'              | ''
            '${UNSET-}'               | ''
            '${SET:+}'                | ''
            '${foo_1:-lower}'         | 'lower'
            '${_:-underscore}'        | 'underscore'
            '${UNSET:-a b  c}'        | 'a b  c'
            '${UNSET:-x}}'            | 'x}'
            '${A:-a}.${B:-b}'         | 'a.b'
            'ok ${SUB:-redis}.${FOO:?}' | 'ok redis.first'
            '${UNSET:-/non:-alphanumeric}' | '/non:-alphanumeric'
            '${UNSET-myerror?msg}'    | 'myerror?msg'
            '${FOO?bar-baz}'          | 'first'
            ':?ok ${EMPTY:-d}'        | ':?ok d'
            '+ok ${EMPTY-d}'          | '+ok '
            """)
    void substitutesReferencesWithinText(String template, String expected) {
        assertThat(substitute(template)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            '${UNSET:-${FOO:-x}}'            | 'first'
            '${UNSET:-${EMPTY:-x}}'          | 'x'
            '${SET:-${FOO:-x}}'              | 'value'
            '${UNSET-$FOO}'                  | 'first'
            '${UNSET-${FOO} ${FOO}}'         | 'first first'
            '${EMPTY:-${FOO}}'               | 'first'
            '${SET+$FOO ${FOO:+second}}'     | 'first second'
            '${UNSET:-${NONE:-${FOO}}}'      | 'first'
            '${UNSET:-a${NONE:-b${FOO}c}d}'  | 'abfirstcd'
            '${SET:+[${FOO}]}'               | '[first]'
            """)
    void evaluatesReferencesInsideArguments(String template, String expected) {
        assertThat(substitute(template)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            '$$'                 | '$'
            '$${FOO}'            | '${FOO}'
            '$$FOO'              | '$FOO'
            '$$$FOO'             | '$first'
            '$$$$'               | '$$'
            'a$$b'               | 'a$b'
            '${UNSET:-$$x}'      | '$x'
            '${UNSET:-$${FOO}}'  | '${FOO}'
            """)
    void readsDoubledDollarAsALiteralDollar(String template, String expected) {
        assertThat(substitute(template)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'a $ string'
            '^REGEX$'
            '$}'
            '$'
            '$ {FOO}'
            '$1'
            '$-x'
            '$.'
            'cost: 5$'
            '${UNSET:-$}'
            """)
    void keepsADollarThatStartsNoReferenceLiterally(String template) {
        String expected = template.equals("${UNSET:-$}") ? "$" : template;
        assertThat(substitute(template)).isEqualTo(expected);
    }

    @Test
    void endsADefaultAtTheBraceThatClosesTheReference() {
        assertThat(substitute("ok ${UNSET:-{\"json\":1}}")).isEqualTo("ok {\"json\":1}");
        assertThat(substitute("ok ${UNSET-{\"json\":1}}")).isEqualTo("ok {\"json\":1}");
        assertThat(substitute("ok ${JSON:-{\"json\":1}}")).isEqualTo("ok {\"json\":2}");
        assertThat(substitute("${UNSET:-{a{b}c}}!")).isEqualTo("{a{b}c}!");
    }

    @Test
    void acceptsMultiLineText() {
        assertThat(substitute("line $FOO\n${UNSET:-one\ntwo}\n")).isEqualTo("line first\none\ntwo\n");
    }

    @Test
    void looksUpOnlyTheVariablesAnOperatorNeeds() {
        List<String> asked = new ArrayList<>();
        Function<String, String> lookup = name -> {
            asked.add(name);
            return ENV.get(name);
        };

        assertThat(Interpolation.substitute("${UNSET:+${A}}${SET:-${B}}${SET?${C:?no}}", lookup))
                .isEqualTo("valuevalue");

        assertThat(asked).containsExactly("UNSET", "SET", "SET");
    }

    @Test
    void returnsATemplateWithoutDollarUnchangedWithoutLookingAnythingUp() {
        assertThat(Interpolation.substitute("plain {text}", name -> {
            throw new AssertionError("looked up " + name);
        })).isEqualTo("plain {text}");
    }
}
