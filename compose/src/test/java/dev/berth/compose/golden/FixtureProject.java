package dev.berth.compose.golden;

import dev.berth.compose.env.DotEnv;
import dev.berth.compose.load.ComposeLoader;
import dev.berth.compose.load.LoadOptions;
import dev.berth.compose.load.LoadResult;
import dev.berth.compose.load.SourceReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A project directory from the test resources, mounted at a fixed path ({@code /srv/<case>})
 * so that absolute paths in the output are the same on every machine. Its README names the
 * files to load (first line {@code files: a.yaml b.yaml}) and the profiles ({@code profiles: x}).
 */
final class FixtureProject implements SourceReader {

    static final Map<String, String> ENVIRONMENT = Map.of("HOME", "/home/tester", "USER", "tester");

    final String name;
    final Path source;
    final Path mount;
    final List<String> files;
    final List<String> profiles;
    private final Map<Path, String> content = new HashMap<>();

    FixtureProject(Path source) {
        this(source, null);
    }

    /** The project in {@code source}, loading {@code files} when given, else those its README names. */
    FixtureProject(Path source, List<String> files) {
        this.source = source;
        this.name = source.getFileName().toString();
        this.mount = Path.of("/srv", name);
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                content.put(mount.resolve(source.relativize(p).toString()), Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> readme = content.getOrDefault(mount.resolve("README"), "").lines().toList();
        this.files = files != null ? files : field(readme, "files:", List.of("compose.yaml"));
        this.profiles = field(readme, "profiles:", List.of());
    }

    private static List<String> field(List<String> lines, String prefix, List<String> fallback) {
        return lines.stream().filter(l -> l.startsWith(prefix)).findFirst()
                .map(l -> Arrays.stream(l.substring(prefix.length()).trim().split("\\s+")).filter(s -> !s.isEmpty()).toList())
                .orElse(fallback);
    }

    LoadResult load() {
        Map<String, String> env = new HashMap<>();
        Path dotEnv = mount.resolve(".env");
        if (exists(dotEnv)) {
            env.putAll(DotEnv.parse(".env", content.get(dotEnv), ENVIRONMENT::get));
        }
        env.putAll(ENVIRONMENT);
        LoadOptions options = new LoadOptions(files.stream().map(mount::resolve).toList(), mount, null,
                new LinkedHashSet<>(profiles), env, mount);
        return new ComposeLoader(this).load(options);
    }

    Path expected(String fileName) {
        return source.resolve(fileName);
    }

    @Override
    public String read(Path file) throws IOException {
        String text = content.get(file.normalize());
        if (text == null) {
            throw new NoSuchFileException(file.toString());
        }
        return text;
    }

    @Override
    public boolean exists(Path file) {
        return content.containsKey(file.normalize());
    }

    @Override
    public String toString() {
        return name;
    }
}
