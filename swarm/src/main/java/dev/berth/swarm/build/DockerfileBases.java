package dev.berth.swarm.build;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The images a Dockerfile's stages start from ({@code FROM image [AS name]}), leaving out
 * {@code scratch}, earlier stages, and names built from build arguments (not known here).
 */
final class DockerfileBases {

    private DockerfileBases() {
    }

    static List<String> of(String dockerfile) {
        List<String> images = new ArrayList<>();
        Set<String> stages = new HashSet<>();
        for (String raw : dockerfile.split("\r?\n")) {
            String line = raw.strip();
            if (!line.regionMatches(true, 0, "FROM ", 0, 5)) {
                continue;
            }
            List<String> words = new ArrayList<>(List.of(line.substring(5).strip().split("\\s+")));
            words.removeIf(w -> w.startsWith("--"));
            if (words.isEmpty()) {
                continue;
            }
            String image = words.get(0);
            if (words.size() >= 3 && words.get(1).equalsIgnoreCase("AS")) {
                stages.add(words.get(2).toLowerCase(Locale.ROOT));
            }
            if (!image.equalsIgnoreCase("scratch") && !image.contains("$")
                    && !stages.contains(image.toLowerCase(Locale.ROOT)) && !images.contains(image)) {
                images.add(image);
            }
        }
        return images;
    }
}
