package dev.berth.compose.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.berth.compose.problem.ComposeException;
import dev.berth.compose.problem.Position;
import dev.berth.compose.problem.Problem;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DotEnvErrorsTest {

    private static ComposeException failure(String content) {
        return catchThrowableOfType(ComposeException.class,
                () -> DotEnv.parse("app.env", content, Map.of("SET", "1")::get));
    }

    private static void assertProblems(String content, String... problems) {
        assertThat(failure(content).problems()).extracting(Problem::toString).containsExactly(problems);
    }

    @Test
    void reportsAnUnexpectedCharacterInAName() {
        ComposeException e = failure("OK=1\nlol$wut\n");

        assertThat(e.problems()).containsExactly(new Problem(new Position("app.env", 2, 4), "",
                "invalid variable name \"lol$wut\": unexpected character \"$\""));
        assertThat(e).hasMessage("app.env:2:4: invalid variable name \"lol$wut\": unexpected character \"$\"");
    }

    @Test
    void namesOnlyTheNamePartWhenReportingACharacter() {
        assertProblems("  FOO\"BAR=1", "app.env:1:6: invalid variable name \"FOO\\\"BAR\": unexpected character \"\\\"\"");
        assertProblems("A/B: x", "app.env:1:2: invalid variable name \"A/B\": unexpected character \"/\"");
    }

    @Test
    void reportsSpacesInsideAName() {
        assertProblems("\n  FOO BAR=1", "app.env:2:3: invalid variable name \"FOO BAR\": a name cannot contain spaces");
        assertProblems("FOO\tBAR", "app.env:1:1: invalid variable name \"FOO\tBAR\": a name cannot contain spaces");
        assertProblems("export A B=1", "app.env:1:8: invalid variable name \"A B\": a name cannot contain spaces");
    }

    @Test
    void reportsAMissingName() {
        assertProblems("=value", "app.env:1:1: a variable name is missing before \"=\"");
        assertProblems("A=1\n  : value", "app.env:2:3: a variable name is missing before \":\"");
    }

    @Test
    void reportsAnUnterminatedQuotedValueAtItsOpeningQuote() {
        assertProblems("A=1\nKEY=\"value", "app.env:2:5: KEY: unterminated quoted value: no closing \" before the end of the file");
        assertProblems("KEY=  'value", "app.env:1:7: KEY: unterminated quoted value: no closing ' before the end of the file");
    }

    @Test
    void reportsEveryUnterminatedForm() {
        for (String content : new String[] {"KEY=\"", "KEY=\"value\\\"", "KEY=\"value'", "KEY='", "KEY='value\\'",
                "KEY='value\"", "KEY=\"line\nnext line\nKEY2=x"}) {
            assertThat(failure(content).problems()).as(content).extracting(Problem::message)
                    .singleElement().asString().startsWith("unterminated quoted value");
        }
    }

    @Test
    void reportsTextAfterTheClosingQuote() {
        assertProblems("KEY=\"a\" BAR=b\nNEXT=1", "app.env:1:9: KEY: unexpected text after the closing quote: \"BAR=b\"");
        assertProblems("KEY='it''s'", "app.env:1:9: KEY: unexpected text after the closing quote: \"'s'\"");
    }

    @Test
    void reportsAMissingRequiredVariableAtTheValue() {
        assertProblems("A=1\nDB_PASSWORD=${DB_PASSWORD:?set it in app.env}",
                "app.env:2:13: DB_PASSWORD: required variable DB_PASSWORD is missing a value: set it in app.env");
        assertProblems("URL=\"http://${HOST?}\"", "app.env:1:5: URL: required variable HOST is missing a value");
    }

    @Test
    void reportsAnInvalidReferenceAtTheValue() {
        assertProblems("IMAGE=  nginx:${TAG",
                "app.env:1:9: IMAGE: invalid interpolation format \"${TAG\": you may need to escape any $ with another $");
    }

    @Test
    void collectsEveryProblemOfTheFile() {
        assertProblems("""
                A=${MISSING:?}
                B C=1
                OK=${SET}
                x$y=2
                D="x" y
                E=${
                F="never closed
                """,
                "app.env:1:3: A: required variable MISSING is missing a value",
                "app.env:2:1: invalid variable name \"B C\": a name cannot contain spaces",
                "app.env:4:2: invalid variable name \"x$y\": unexpected character \"$\"",
                "app.env:5:7: D: unexpected text after the closing quote: \"y\"",
                "app.env:6:3: E: invalid interpolation format \"${\": you may need to escape any $ with another $",
                "app.env:7:3: F: unterminated quoted value: no closing \" before the end of the file");
    }
}
