package dev.berth.compose.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the files a project names (compose files, env files); tests pass an in-memory one. */
public interface SourceReader {

    /** The file's text, or throws {@link IOException} (including {@link java.nio.file.NoSuchFileException}). */
    String read(Path file) throws IOException;

    boolean exists(Path file);

    SourceReader FILE_SYSTEM = new SourceReader() {
        @Override
        public String read(Path file) throws IOException {
            return Files.readString(file, StandardCharsets.UTF_8);
        }

        @Override
        public boolean exists(Path file) {
            return Files.isRegularFile(file);
        }
    };

    /**
     * A reader of the files below {@code root} only: any other file is refused with {@code why}
     * as the reason and does not exist, for a project whose files came from someone else.
     */
    static SourceReader within(Path root, String why) {
        Path top = root.toAbsolutePath().normalize();
        return new SourceReader() {
            @Override
            public String read(Path file) throws IOException {
                if (!file.toAbsolutePath().normalize().startsWith(top)) {
                    throw new IOException(why);
                }
                return FILE_SYSTEM.read(file);
            }

            @Override
            public boolean exists(Path file) {
                return file.toAbsolutePath().normalize().startsWith(top) && FILE_SYSTEM.exists(file);
            }
        };
    }
}
