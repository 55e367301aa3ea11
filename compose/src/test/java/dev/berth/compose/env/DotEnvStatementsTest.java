package dev.berth.compose.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DotEnvStatementsTest {

    private static Map<String, String> parse(String content) {
        return DotEnv.parse(".env", content, Map.<String, String>of()::get);
    }

    @Test
    void readsAssignmentsInFileOrder() {
        assertThat(parse("""
                ZEBRA=1
                APPLE=2
                MANGO=3
                """)).containsExactly(entry("ZEBRA", "1"), entry("APPLE", "2"), entry("MANGO", "3"));
    }

    @Test
    void skipsBlankLinesAndCommentLines() {
        assertThat(parse("""
                # database
                \t # indented comment

                DB=postgres
                   \t
                #LATER=1
                """)).containsExactly(entry("DB", "postgres"));
    }

    @Test
    void readsAnEmptyFile() {
        assertThat(parse("")).isEmpty();
        assertThat(parse("\n\n# only a comment")).isEmpty();
    }

    @Test
    void ignoresSpacesAroundTheNameAndTheEqualsSign() {
        assertThat(parse("  A = 1\n\tB=\t2\nC =3\n")).containsExactly(entry("A", "1"), entry("B", "2"), entry("C", "3"));
    }

    @Test
    void acceptsTheExportKeyword() {
        assertThat(parse("""
                export A=1
                export\tB=2
                  export C="export C"
                exportD=4
                export_E=5
                export.F=6
                """)).containsExactly(entry("A", "1"), entry("B", "2"), entry("C", "export C"),
                entry("exportD", "4"), entry("export_E", "5"), entry("export.F", "6"));
    }

    @Test
    void readsExportAsANameWhenNoNameFollowsIt() {
        assertThat(parse("export=1\nexport =2")).containsExactly(entry("export", "2"));
    }

    @Test
    void acceptsYamlStyleColons() {
        assertThat(parse("""
                A: 1
                B: Foo=bar
                C=1:B
                """)).containsExactly(entry("A", "1"), entry("B", "Foo=bar"), entry("C", "1:B"));
    }

    @Test
    void acceptsDotsDashesBracketsDigitsAndLettersInNames() {
        assertThat(parse("""
                VAR.WITH.DOTS=dots
                VAR-WITH-DASHES=dashes
                VAR[0]=bracket
                1A=digit first
                größe=42
                """)).containsExactly(entry("VAR.WITH.DOTS", "dots"), entry("VAR-WITH-DASHES", "dashes"),
                entry("VAR[0]", "bracket"), entry("1A", "digit first"), entry("größe", "42"));
    }

    @Test
    void setsTheEmptyStringForAnEmptyValue() {
        assertThat(parse("A=\nB=   \nC=\"\"\nD=''\nE=")).containsExactly(
                entry("A", ""), entry("B", ""), entry("C", ""), entry("D", ""), entry("E", ""));
    }

    @Test
    void takesANameAloneFromTheLookup() {
        Map<String, String> env = DotEnv.parse(".env", """
                FROM_OS
                NOT_SET
                EMPTY_IN_OS
                LAST""", Map.of("FROM_OS", "os value", "EMPTY_IN_OS", "", "LAST", "x")::get);

        assertThat(env).containsExactly(entry("FROM_OS", "os value"), entry("EMPTY_IN_OS", ""), entry("LAST", "x"));
    }

    @Test
    void keepsAnEarlierValueWhenANameAloneIsNotInTheLookup() {
        assertThat(parse("A=1\nA\n")).containsExactly(entry("A", "1"));
    }

    @Test
    void letsALaterAssignmentWinInTheFirstPlace() {
        assertThat(parse("A=1\nB=2\nA=3\n")).containsExactly(entry("A", "3"), entry("B", "2"));
    }

    @Test
    void keepsEverythingAfterTheFirstEqualsSign() {
        assertThat(parse("URL=postgres://localhost:5432/db?sslmode=disable&a=b\nX=foobar=")).containsExactly(
                entry("URL", "postgres://localhost:5432/db?sslmode=disable&a=b"), entry("X", "foobar="));
    }

    @Test
    void readsWindowsLineEndings() {
        assertThat(parse("A=1\r\nB=\"2\"\r\nC\r\n# c\r\n")).containsExactly(entry("A", "1"), entry("B", "2"));
    }

    @Test
    void skipsAByteOrderMark() {
        assertThat(parse("\uFEFFA=1\nB=2")).containsExactly(entry("A", "1"), entry("B", "2"));
    }

    @Test
    void returnsAnUnmodifiableMap() {
        Map<String, String> env = parse("A=1");
        assertThatThrownBy(() -> env.put("B", "2")).isInstanceOf(UnsupportedOperationException.class);
    }
}
