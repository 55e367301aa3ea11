package dev.berth.compose.bind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.model.Extensions;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Value;
import dev.berth.compose.problem.Position;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.yaml.YamlReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtensionPositionsTest {

    private static Project load(String yaml) {
        return ProjectBinder.bind((MapNode) new YamlReader().read("compose.yaml", yaml), "shop");
    }

    @Test
    void everyNodeOfAnExtensionKnowsWhereItWasWritten() {
        Project p = load("""
                x-berth:
                  source: {path: ./src}
                services:
                  web:
                    image: w
                    x-berth-artifacts:
                      app.jar: /app/app.jar
                      list: [a, b]
                """);
        assertThat(p.extensions().position("x-berth.source.path")).isEqualTo(new Position("compose.yaml", 2, 18));
        Extensions web = p.services().get("web").extensions();
        assertThat(web.position("services.web.x-berth-artifacts")).isEqualTo(new Position("compose.yaml", 7, 7));
        assertThat(web.position("services.web.x-berth-artifacts.app.jar")).isEqualTo(new Position("compose.yaml", 7, 16));
        assertThat(web.position("services.web.x-berth-artifacts.list.1")).isEqualTo(new Position("compose.yaml", 8, 17));
        assertThat(web.position("services.web.nothing")).isEqualTo(Position.NONE);
    }

    @Test
    void positionsAreNotPartOfEquality() {
        Extensions a = new Extensions(Map.of("x-a", Value.of("1")), Map.of("x-a", new Position("a.yaml", 1, 1)));
        Extensions b = new Extensions(Map.of("x-a", Value.of("1")));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    }
}
