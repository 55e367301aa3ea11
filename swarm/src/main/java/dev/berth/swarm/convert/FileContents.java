package dev.berth.swarm.convert;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the content of a config's or secret's {@code file:}; the converter itself touches no file. */
@FunctionalInterface
public interface FileContents {

    byte[] read(Path path) throws IOException;

    static FileContents disk() {
        return Files::readAllBytes;
    }
}
