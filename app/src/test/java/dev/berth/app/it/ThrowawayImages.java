package dev.berth.app.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Images that tests of {@code berth gc} may lose: a copy of a shared image with another creation
 * time (so another ID), loaded into every node under a tag of the test's own, or untagged.
 * Made with the docker CLI: save, rewrite the image's config, load.
 */
final class ThrowawayImages {

    private static final String SCRIPT = """
            set -eu
            source=$1; tag=$2; created=$3; shift 3
            dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
            docker -H "$1" save "$source" | tar -x -C "$dir"
            config=$(cd "$dir" && ls *.json | grep -v '^manifest.json$')
            sed -E "s/\\"created\\":\\"[^\\"]*\\"/\\"created\\":\\"$created\\"/g" "$dir/$config" > "$dir/new.json"
            layers=$(sed -E 's/.*"Layers":(\\[[^]]*\\]).*/\\1/' "$dir/manifest.json")
            if [ "$tag" = "-" ]; then tags=null; else tags="[\\"$tag\\"]"; fi
            printf '[{"Config":"new.json","RepoTags":%s,"Layers":%s}]' "$tags" "$layers" > "$dir/manifest.json"
            rm -f "$dir/$config" "$dir/repositories"
            for engine in "$@"; do tar -c -C "$dir" . | docker -H "$engine" load -q >/dev/null; done
            echo "sha256:$(sha256sum "$dir/new.json" | cut -d' ' -f1)"
            """;

    private ThrowawayImages() {
    }

    /** Loads the copy into every engine; {@code tag} null for an untagged one. Returns its image ID. */
    static String load(String source, String tag, String created, List<String> engines)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "-c", SCRIPT, "throwaway", source, tag == null ? "-" : tag,
                created));
        command.addAll(engines);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("could not make a throwaway image: " + out);
        }
        return out.substring(out.lastIndexOf('\n') + 1);
    }
}
