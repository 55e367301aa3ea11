package dev.berth.compose.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.berth.compose.problem.ComposeException;
import dev.berth.compose.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each invalid file says in its first line where its error must be reported
 * ({@code # expect: file:line:col: path: what is wrong}); loading it must fail with a problem
 * at exactly that file, line, column and path.
 */
class InvalidFilesTest {

    private static final Path DIR = Path.of("src/test/resources/invalid");
    private static final Pattern EXPECT = Pattern.compile("# expect: (\\S+?:\\d+:\\d+): (?:([\\w.\\-]+): )?(.*)");

    static Stream<String> files() throws IOException {
        try (Stream<Path> list = Files.list(DIR)) {
            List<String> names = list.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("\\d\\d-.*\\.yaml")).sorted().toList();
            assertThat(names).hasSizeGreaterThanOrEqualTo(12);
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void reportsTheErrorWhereTheFileSays(String name) throws IOException {
        String first = Files.readAllLines(DIR.resolve(name), StandardCharsets.UTF_8).get(0);
        Matcher m = EXPECT.matcher(first);
        assertThat(m.matches()).as("first line of %s: %s", name, first).isTrue();
        String where = m.group(1) + ": " + (m.group(2) == null ? "" : m.group(2) + ": ");
        ComposeException error = catchThrowableOfType(ComposeException.class,
                () -> new FixtureProject(DIR, List.of(name)).load());
        assertThat(error).as("loading %s must fail", name).isNotNull();
        List<String> problems = error.problems().stream().map(Problem::toString).toList();
        assertThat(problems).as("problems of %s (expected at %s)", name, where)
                .anySatisfy(p -> assertThat(p).startsWith(where));
    }
}
