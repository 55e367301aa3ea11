package dev.berth.compose.golden;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.load.ComposeLoader;
import dev.berth.compose.load.LoadOptions;
import dev.berth.compose.load.LoadResult;
import dev.berth.compose.load.SourceReader;
import dev.berth.compose.model.Project;
import dev.berth.compose.write.ProjectWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Realistic projects of the kind teams write, each with its expected normalised output
 * ({@code expected.yaml}, {@code expected.json}); the output loads again to the same project.
 */
class RealisticProjectsTest {

    static Stream<FixtureProject> projects() throws IOException {
        Path root = Path.of("src/test/resources/realistic");
        try (Stream<Path> dirs = Files.list(root)) {
            List<FixtureProject> list = dirs.filter(Files::isDirectory).sorted().map(FixtureProject::new).toList();
            assertThat(list).hasSizeGreaterThanOrEqualTo(15);
            return list.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projects")
    void normalisedOutputMatchesTheGoldenFile(FixtureProject fixture) throws IOException {
        Project project = fixture.load().project();
        GoldenFiles.assertMatches(fixture.expected("expected.yaml"), ProjectWriter.yaml(project));
        GoldenFiles.assertMatches(fixture.expected("expected.json"), ProjectWriter.json(project));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projects")
    void outputLoadsAgainToTheSameProject(FixtureProject fixture) {
        Project project = fixture.load().project();
        String yaml = ProjectWriter.yaml(project);
        Project again = loadText(yaml, project.name());
        assertThat(again).isEqualTo(project);
        assertThat(ProjectWriter.yaml(again)).isEqualTo(yaml);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projects")
    void outputIsTheSameOnEveryLoad(FixtureProject fixture) {
        assertThat(ProjectWriter.yaml(fixture.load().project())).isEqualTo(ProjectWriter.yaml(fixture.load().project()));
    }

    /** Loads written output as a single compose file, as a user would with {@code berth config > out.yaml}. */
    static Project loadText(String yaml, String name) {
        Path file = Path.of("/elsewhere/config.yaml");
        SourceReader one = new SourceReader() {
            @Override
            public String read(Path p) throws IOException {
                if (!p.equals(file)) {
                    throw new NoSuchFileException(p.toString());
                }
                return yaml;
            }

            @Override
            public boolean exists(Path p) {
                return p.equals(file);
            }
        };
        LoadResult result = new ComposeLoader(one).load(new LoadOptions(List.of(file), file.getParent(), name,
                Set.of("*"), Map.of(), file.getParent()));
        return result.project();
    }
}
