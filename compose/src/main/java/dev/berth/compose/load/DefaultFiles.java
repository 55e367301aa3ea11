package dev.berth.compose.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The compose files docker compose reads when none is named: the first that exists, and its override. */
public final class DefaultFiles {

    private static final List<String> NAMES = List.of(
            "compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml");

    private DefaultFiles() {
    }

    public static List<Path> in(Path directory, SourceReader sources) {
        Optional<Path> main = NAMES.stream().map(directory::resolve).filter(sources::exists).findFirst();
        List<Path> files = new ArrayList<>();
        main.ifPresent(m -> {
            files.add(m);
            String name = m.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.'));
            String stem = name.substring(0, name.lastIndexOf('.'));
            Path override = directory.resolve(stem + ".override" + ext);
            if (sources.exists(override)) {
                files.add(override);
            }
        });
        return files;
    }

    public static List<String> names() {
        return NAMES;
    }
}
