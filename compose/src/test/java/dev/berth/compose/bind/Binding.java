package dev.berth.compose.bind;

import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import dev.berth.compose.problem.ComposeException;
import dev.berth.compose.problem.Problem;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.yaml.YamlReader;
import java.util.List;
import org.assertj.core.api.Assertions;

/** Reads inline YAML as compose.yaml and binds it as project "shop". */
final class Binding {

    private Binding() {
    }

    static Project bind(String yaml) {
        return ProjectBinder.bind((MapNode) new YamlReader().read("compose.yaml", yaml), "shop");
    }

    static Service service(String yaml, String name) {
        return bind(yaml).services().get(name);
    }

    /** The problems binding reports, each as "file:line:col: path: message". */
    static List<String> problems(String yaml) {
        ComposeException e = Assertions.catchThrowableOfType(ComposeException.class, () -> bind(yaml));
        Assertions.assertThat(e).as("binding should fail").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }
}
