package dev.berth.engine.artifact;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What goes into one module's image: its base image and each artifact at its target path. The
 * image is tagged by a hash of exactly these, so an unchanged module keeps its image and a
 * changed artifact, target or base gives a new one.
 *
 * @param baseImageId the ID of the module's {@code image:} on the builder engine
 */
public record ModuleLayer(String project, String service, String baseImageId, List<Delivery> deliveries) {

    /** One artifact placed in the module's image. */
    public record Delivery(String artifact, String sha256, long size, boolean directory, String target) {
    }

    public ModuleLayer {
        deliveries = deliveries.stream().sorted(java.util.Comparator.comparing(Delivery::target)).toList();
    }

    public String hash() {
        StringBuilder s = new StringBuilder("berth-module-v1\n").append(baseImageId).append('\n');
        for (Delivery d : deliveries) {
            s.append(d.target()).append('\0').append(d.directory() ? "dir" : "file").append('\0')
                    .append(d.sha256()).append('\n');
        }
        return HexFormat.of().formatHex(ArtifactStore.sha256().digest(s.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code berth-module/PROJECT-SERVICE:HASH12}, a valid, lower-case image reference. */
    public String reference() {
        String repo = ("berth-module/" + project + "-" + service).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._/-]", "-");
        return repo + ":" + hash().substring(0, 12);
    }

    /** The {@code dev.berth.artifacts} label: {@code NAME=sha256:HEX@TARGET}, comma separated, sorted by name. */
    public String label() {
        return deliveries.stream().sorted(java.util.Comparator.comparing(Delivery::artifact))
                .map(d -> d.artifact() + "=sha256:" + d.sha256() + "@" + d.target()).collect(Collectors.joining(","));
    }
}
