package dev.berth.compose.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.berth.compose.problem.ComposeException;
import dev.berth.compose.problem.Problem;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An invalid project name is refused naming where it came from. */
class ProjectNameTest {

    private static List<String> problems(String compose, String explicit, Map<String, String> environment) {
        MemorySources sources = new MemorySources().file("compose.yaml", compose);
        ComposeException e = catchThrowableOfType(ComposeException.class, () -> new ComposeLoader(sources).load(
                new LoadOptions(List.of(MemorySources.ROOT.resolve("compose.yaml")), MemorySources.ROOT, explicit,
                        Set.of(), environment, MemorySources.ROOT)));
        assertThat(e).isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void eachSourceOfTheNameIsNamedInItsError() {
        String rule = " is invalid: use lower-case letters, digits, '-' and '_', starting with a letter or digit";
        assertThat(problems("services: {}\n", null, Map.of("COMPOSE_PROJECT_NAME", "My Shop")))
                .containsExactly("COMPOSE_PROJECT_NAME \"My Shop\"" + rule);
        assertThat(problems("services: {}\n", "Shop!", Map.of())).containsExactly("project name \"Shop!\"" + rule);
        assertThat(problems("name: Shop\nservices: {}\n", null, Map.of()))
                .containsExactly("compose.yaml:1:7: name: project name \"Shop\"" + rule);
    }
}
