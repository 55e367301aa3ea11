package dev.berth.compose.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.berth.compose.problem.ComposeException;
import dev.berth.compose.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectEnvironmentTest {

    @TempDir
    Path project;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(project.resolve(name), content);
    }

    private List<String> problems(Map<String, String> processEnv, List<Path> envFiles) {
        return catchThrowableOfType(ComposeException.class,
                () -> ProjectEnvironment.load(processEnv, project, envFiles))
                .problems().stream().map(Problem::toString).toList();
    }

    @Test
    void readsTheDotEnvOfTheProjectDirectory() throws IOException {
        write(".env", "TAG=1.25\nPORT=8080\n");

        assertThat(ProjectEnvironment.load(Map.of(), project, List.of()))
                .containsExactly(entry("TAG", "1.25"), entry("PORT", "8080"));
    }

    @Test
    void worksWithoutADotEnv() {
        assertThat(ProjectEnvironment.load(Map.of("PATH", "/bin"), project, List.of()))
                .containsExactly(entry("PATH", "/bin"));
    }

    @Test
    void ignoresADirectoryNamedDotEnv() throws IOException {
        Files.createDirectory(project.resolve(".env"));

        assertThat(ProjectEnvironment.load(Map.of(), project, List.of())).isEmpty();
    }

    @Test
    void letsTheProcessEnvironmentOverrideTheFile() throws IOException {
        write(".env", "TAG=1.25\nPORT=8080\n");

        assertThat(ProjectEnvironment.load(Map.of("TAG", "latest", "USER", "ann"), project, List.of()))
                .containsEntry("TAG", "latest")
                .containsEntry("PORT", "8080")
                .containsEntry("USER", "ann")
                .hasSize(3);
    }

    @Test
    void readsTheEnvFilesGivenInsteadOfDotEnv() throws IOException {
        write(".env", "FROM_DOT_ENV=1\n");
        Path staging = write("staging.env", "STAGE=staging\n");

        assertThat(ProjectEnvironment.load(Map.of(), project, List.of(staging)))
                .containsExactly(entry("STAGE", "staging"));
    }

    @Test
    void letsLaterEnvFilesOverrideEarlierOnes() throws IOException {
        Path base = write("base.env", "HOST=localhost\nURL=\"http://${HOST}\"\nONLY_BASE=b\n");
        Path override = write("override.env", "HOST=dev.example.com\nURL=\"http://${HOST}\"\n");

        assertThat(ProjectEnvironment.load(Map.of(), project, List.of(base, override))).containsExactly(
                entry("HOST", "dev.example.com"), entry("URL", "http://dev.example.com"), entry("ONLY_BASE", "b"));
    }

    @Test
    void resolvesReferencesThroughTheProcessEnvironmentFirst() throws IOException {
        Path base = write("base.env", "HOST=localhost\nURL=\"http://${HOST}\"\n");
        Path override = write("override.env", "HOST=dev.example.com\nURL=\"http://${HOST}\"\nDATA=${HOME}/data\n");

        assertThat(ProjectEnvironment.load(Map.of("HOST", "host.local", "HOME", "/home/ann"), project,
                List.of(base, override)))
                .containsEntry("HOST", "host.local")
                .containsEntry("URL", "http://host.local")
                .containsEntry("DATA", "/home/ann/data");
    }

    @Test
    void letsAFileReferToValuesOfEarlierFiles() throws IOException {
        Path base = write("base.env", "REGISTRY=registry.example.com\n");
        Path images = write("images.env", "WEB_IMAGE=${REGISTRY}/web\nNAME_ALONE\n");

        assertThat(ProjectEnvironment.load(Map.of("NAME_ALONE", "from os"), project, List.of(base, images)))
                .containsEntry("WEB_IMAGE", "registry.example.com/web")
                .containsEntry("NAME_ALONE", "from os");
    }

    @Test
    void returnsAnUnmodifiableMap() {
        Map<String, String> env = ProjectEnvironment.load(Map.of(), project, List.of());
        assertThatThrownBy(() -> env.put("A", "1")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void reportsEveryMissingEnvFile() throws IOException {
        Path present = write("present.env", "A=1\n");
        Path missing = project.resolve("missing.env");
        Path other = project.resolve("other.env");

        assertThat(problems(Map.of(), List.of(missing, present, other))).containsExactly(
                missing + ": the env file given with --env-file does not exist",
                other + ": the env file given with --env-file does not exist");
    }

    @Test
    void reportsAGivenEnvFileThatIsADirectory() throws IOException {
        Path directory = Files.createDirectory(project.resolve("conf.env"));

        assertThat(problems(Map.of(), List.of(directory)))
                .containsExactly(directory + ": the env file given with --env-file is a directory");
    }

    @Test
    void reportsProblemsOfEveryFileWithFileLineAndColumn() throws IOException {
        Path first = write("a.env", "OK=1\nBAD KEY=1\n");
        Path second = write("b.env", "\nPASSWORD=${PASSWORD:?set it in b.env}\n");

        assertThat(problems(Map.of(), List.of(first, second))).containsExactly(
                first + ":2:1: invalid variable name \"BAD KEY\": a name cannot contain spaces",
                second + ":2:10: PASSWORD: required variable PASSWORD is missing a value: set it in b.env");
    }

    @Test
    void reportsProblemsOfTheDotEnv() throws IOException {
        Path dotEnv = write(".env", "TAG=\"1.25\n");

        assertThat(problems(Map.of(), List.of())).containsExactly(
                dotEnv + ":1:5: TAG: unterminated quoted value: no closing \" before the end of the file");
    }

    @Test
    void reportsAFileThatIsNotUtf8() throws IOException {
        Path latin1 = Files.write(project.resolve("latin1.env"), new byte[] {'A', '=', (byte) 0xE9, '\n'});

        assertThat(problems(Map.of(), List.of(latin1))).containsExactly(latin1 + ": the env file is not valid UTF-8");
    }

    @Test
    void reportsAFileThatCannotBeRead() throws IOException {
        Path secret = write("secret.env", "A=1\n");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(secret), "the file stays readable, as it does for root");

        assertThat(problems(Map.of(), List.of(secret)))
                .containsExactly(secret + ": cannot read the env file: permission denied");
    }
}
