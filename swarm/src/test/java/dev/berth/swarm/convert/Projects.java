package dev.berth.swarm.convert;

import dev.berth.compose.bind.ProjectBinder;
import dev.berth.compose.model.Project;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.yaml.YamlReader;
import dev.berth.engine.EnvironmentName;
import dev.berth.swarm.spec.ContainerSpec;
import dev.berth.swarm.spec.ServiceSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;

/** Binds inline compose YAML as project "shop" and converts it for the environment "shop-alice". */
final class Projects {

    static final EnvironmentName ENV = new EnvironmentName("shop-alice");

    private Projects() {
    }

    static Project load(String yaml) {
        return ProjectBinder.bind((MapNode) new YamlReader().read("compose.yaml", yaml), "shop");
    }

    /** Files that exist for the conversion, by path as written in the YAML. */
    static FileContents files(Map<String, String> files) {
        return path -> {
            String content = files.get(path.toString());
            if (content == null) {
                throw new NoSuchFileException(path.toString());
            }
            return content.getBytes(StandardCharsets.UTF_8);
        };
    }

    static ConvertOptions options() {
        return new ConvertOptions(true, Map.of(), files(Map.of()), Map.of(), "alice", null);
    }

    static ConvertOptions withoutIpvs() {
        return new ConvertOptions(false, Map.of(), files(Map.of()), Map.of(), "alice", null);
    }

    static Stack convert(String yaml) {
        return convert(yaml, options());
    }

    static Stack convert(String yaml, ConvertOptions options) {
        return StackConverter.convert(load(yaml), ENV, options);
    }

    static ServiceSpec service(String yaml, String name) {
        return convert(yaml).services().get(name);
    }

    static ContainerSpec container(String yaml, String name) {
        return service(yaml, name).taskTemplate().containerSpec();
    }

    static List<String> warnings(String yaml) {
        return convert(yaml).warnings();
    }

    static List<String> problems(String yaml, ConvertOptions options) {
        ConversionException e = Assertions.catchThrowableOfType(ConversionException.class, () -> convert(yaml, options));
        Assertions.assertThat(e).as("conversion should fail").isNotNull();
        return e.problems();
    }
}
