package dev.berth.compose.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.berth.compose.bind.ProjectBinder;
import dev.berth.compose.model.Project;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.ScalarNode;
import dev.berth.compose.tree.SeqNode;
import dev.berth.compose.yaml.YamlReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What {@code berth config} prints loads back to the same project. */
class RoundTripTest {

    /** Reads written output back; {@code $$} becomes {@code $} as the loader's interpolation would do. */
    private static Project reload(String written) {
        MapNode tree = (MapNode) unescape(new YamlReader().read("config.yaml", written));
        return ProjectBinder.bind(tree, "shop");
    }

    private static Node unescape(Node node) {
        if (node instanceof MapNode map) {
            List<MapNode.Entry> entries = new ArrayList<>();
            map.entries().forEach(e -> entries.add(e.withValue(unescape(e.value()))));
            return map.withEntries(entries);
        }
        if (node instanceof SeqNode seq) {
            return seq.withItems(seq.items().stream().map(RoundTripTest::unescape).toList());
        }
        ScalarNode scalar = (ScalarNode) node;
        return scalar.isString() ? scalar.withText(scalar.text().replace("$$", "$")) : scalar;
    }

    @Test
    void loadsTheYamlOutputBackToAnEqualProject() {
        Project original = ShopProject.load();
        assertThat(reload(ProjectWriter.yaml(original))).isEqualTo(original);
    }

    @Test
    void loadsTheJsonOutputBackToAnEqualProject() {
        Project original = ShopProject.load();
        assertThat(reload(ProjectWriter.json(original))).isEqualTo(original);
    }

    @Test
    void writesTheReloadedProjectIdentically() {
        String once = ProjectWriter.yaml(ShopProject.load());
        assertThat(ProjectWriter.yaml(reload(once))).isEqualTo(once);
    }

    @Test
    void keepsDollarsThroughTheRoundTrip() {
        Project original = ShopProject.load();
        Project reloaded = reload(ProjectWriter.yaml(original));
        assertThat(reloaded.services().get("web").environment().get("PRICE")).isEqualTo("$5");
    }
}
