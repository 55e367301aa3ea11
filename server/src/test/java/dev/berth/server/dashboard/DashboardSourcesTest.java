package dev.berth.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dashboard's sources never turn a string into markup or code, and its page runs
 * nothing inline; the browser tests show the same from the outside.
 */
class DashboardSourcesTest {
    static final Path ROOT = Path.of("src/main/resources/dashboard");
    static final Pattern MARKUP_SINKS = Pattern.compile(
            "innerHTML|outerHTML|insertAdjacentHTML|document\\.write|\\beval\\(|new Function|createContextualFragment"
                    + "|DOMParser|srcdoc");

    @Test
    void scriptsBuildElementsAndTextOnly() throws IOException {
        List<Path> scripts = files(".js");
        assertThat(scripts).hasSizeGreaterThan(5);
        for (Path script : scripts) {
            assertThat(MARKUP_SINKS.matcher(Files.readString(script)).find())
                    .as("%s parses strings as markup or code", script).isFalse();
        }
    }

    @Test
    void pageLoadsOnlyItsOwnFilesUnderAStrictPolicy() throws IOException {
        String page = Files.readString(ROOT.resolve("index.html"));
        assertThat(page).contains("script-src 'self'").contains("style-src 'self'").doesNotContain("unsafe-inline");
        assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)").matcher(page).find()).as("inline script").isFalse();
        assertThat(Pattern.compile("\\son[a-z]+=").matcher(page).find()).as("inline handler").isFalse();
        assertThat(page).doesNotContain("style=\"");
    }

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> paths = Files.walk(ROOT)) {
            return paths.filter(path -> path.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
