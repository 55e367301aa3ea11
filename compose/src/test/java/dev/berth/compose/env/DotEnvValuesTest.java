package dev.berth.compose.env;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DotEnvValuesTest {

    private static String value(String line) {
        return DotEnv.parse(".env", line, Map.of("FOO", "first")::get).get("KEY");
    }

    @ParameterizedTest(name = "{0} -> \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            'KEY=bar'                        | 'bar'
            'KEY=  bar baz  '                | 'bar baz'
            'KEY=bar # this is a comment'    | 'bar'
            'KEY=bar #'                      | 'bar'
            'KEY=bar\t# after a tab'         | 'bar'
            'KEY=123#not-a-comment'          | '123#not-a-comment'
            'KEY=#not-a-comment'             | '#not-a-comment'
            'KEY=a\\tb'                      | 'a\\tb'
            'KEY=say "hi"'                   | 'say "hi"'
            'KEY=it''s'                      | 'it''s'
            'KEY=x=y:z'                      | 'x=y:z'
            """)
    void readsUnquotedValuesToTheEndOfTheLine(String line, String expected) {
        assertThat(value(line)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            'KEY=''bar'''                    | 'bar'
            'KEY=''  spaced  '''             | '  spaced  '
            'KEY=''$FOO ${FOO}'''            | '$FOO ${FOO}'
            'KEY=''a\\nb'''                  | 'a\\nb'
            'KEY=''it\\''s'''                | 'it''s'
            'KEY=''a\\\\b'''                 | 'a\\\\b'
            'KEY=''bar#baz'' # comment'      | 'bar#baz'
            'KEY=''say "hi"'''               | 'say "hi"'
            """)
    void readsSingleQuotedValuesLiterally(String line, String expected) {
        assertThat(value(line)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'KEY="bar"'                      | 'bar'
            'KEY="  spaced  "'               | '  spaced  '
            'KEY="escaped\\"bar"'            | 'escaped"bar'
            'KEY="\\"quoted\\""'             | '"quoted"'
            'KEY="''d''"'                    | '''d'''
            'KEY="bar#baz"#'                 | 'bar#baz'
            'KEY="bar#baz" # comment'        | 'bar#baz'
            'KEY="quote $FOO"'               | 'quote first'
            'KEY="${FOO}bar"'                | 'firstbar'
            'KEY="foo\\$FOO"'                | 'foo$FOO'
            'KEY="foo\\${FOO} ${FOO}"'       | 'foo${FOO} first'
            'KEY="$$FOO"'                    | '$FOO'
            """)
    void readsDoubleQuotedValuesWithEscapesAndReferences(String line, String expected) {
        assertThat(value(line)).isEqualTo(expected);
    }

    @Test
    void understandsTheEchoEscapesInDoubleQuotes() {
        assertThat(value("KEY=\"Z\\aZ\\bZ\\fZ\\nZ\\rZ\\tZ\\vZ\\\\Z\\0123Z\""))
                .isEqualTo("Z\u0007Z\bZ\fZ\nZ\rZ\tZ\u000BZ\\ZSZ");
    }

    @Test
    void keepsOtherBackslashesInDoubleQuotes() {
        assertThat(value("KEY=\"bar\\n\\ b\\az\"")).isEqualTo("bar\n\\ b\u0007z");
        assertThat(value("KEY=\"bar\\\\r\\ b\"")).isEqualTo("bar\\r\\ b");
        assertThat(value("KEY=\"\\x07 \\u12e4 \\c \\'\"")).isEqualTo("\\x07 \\u12e4 \\c \\'");
        assertThat(value("KEY=\"trailing\\\\\"")).isEqualTo("trailing\\");
    }

    @Test
    void readsOctalEscapesOfExactlyThreeDigits() {
        assertThat(value("KEY=\"\\0101\\0102\"")).isEqualTo("AB");
        assertThat(value("KEY=\"\\012x\"")).isEqualTo("\\012x");
        assertThat(value("KEY=\"\\0400\"")).isEqualTo("\\0400");
        assertThat(value("KEY=\"\\0044FOO\"")).isEqualTo("$FOO");
    }

    @Test
    void readsQuotedValuesOverSeveralLines() {
        Map<String, String> env = DotEnv.parse(".env", """
                CERT="first line
                second line"
                SCRIPT='echo one
                  echo two'
                AFTER=1
                """, name -> null);

        assertThat(env).containsEntry("CERT", "first line\nsecond line")
                .containsEntry("SCRIPT", "echo one\n  echo two")
                .containsEntry("AFTER", "1");
    }
}
