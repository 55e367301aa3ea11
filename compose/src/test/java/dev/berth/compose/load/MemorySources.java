package dev.berth.compose.load;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Files held in memory, under /project unless given an absolute path. */
final class MemorySources implements SourceReader {

    static final Path ROOT = Path.of("/project");

    private final Map<Path, String> files = new HashMap<>();

    MemorySources file(String name, String content) {
        files.put(ROOT.resolve(name).normalize(), content);
        return this;
    }

    @Override
    public String read(Path file) throws NoSuchFileException {
        String content = files.get(file.normalize());
        if (content == null) {
            throw new NoSuchFileException(file.toString());
        }
        return content;
    }

    @Override
    public boolean exists(Path file) {
        return files.containsKey(file.normalize());
    }
}
