package dev.berth.compose.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a file kept in the repository. Run the tests with
 * {@code -Dberth.golden.update=true} to write the files anew, on purpose, and review the diff.
 */
final class GoldenFiles {

    static final boolean UPDATE = Boolean.getBoolean("berth.golden.update");

    private GoldenFiles() {
    }

    static void assertMatches(Path golden, String actual) throws IOException {
        if (UPDATE || !Files.exists(golden)) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            if (!UPDATE) {
                throw new AssertionError("golden file " + golden + " was missing and has been written; review it");
            }
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
