package dev.berth.compose.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.berth.compose.problem.ComposeException;
import dev.berth.compose.problem.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file of the project that cannot be read is named with the reason in words. */
class ReadFailureTest {

    private static final byte[] LATIN1 = {'x', ':', ' ', (byte) 0xE9, '\n'};

    @Test
    void aComposeFileOrEnvFileThatIsNotUtf8SaysSo(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("latin1.yaml"), LATIN1);
        assertThat(problems(dir, "latin1.yaml")).containsExactly(
                "cannot read compose file " + dir.resolve("latin1.yaml") + ": it is not valid UTF-8 text");

        Files.writeString(dir.resolve("compose.yaml"), "services:\n  app: {image: app, env_file: app.env}\n");
        Files.write(dir.resolve("app.env"), LATIN1);
        assertThat(problems(dir, "compose.yaml")).containsExactly(dir.resolve("compose.yaml")
                + ":2:31: services.app.env_file: env file " + dir.resolve("app.env")
                + " cannot be read: it is not valid UTF-8 text");
    }

    private static List<String> problems(Path dir, String file) {
        ComposeException e = catchThrowableOfType(ComposeException.class, () -> new ComposeLoader()
                .load(LoadOptions.of(List.of(dir.resolve(file)), Map.of())));
        assertThat(e).isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }
}
