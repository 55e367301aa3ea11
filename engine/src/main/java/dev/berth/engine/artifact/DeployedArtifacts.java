package dev.berth.engine.artifact;

import dev.berth.engine.Labels;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What an environment runs of its project's artifacts, read from the labels of its module
 * services ({@code dev.berth.artifacts}, {@code dev.berth.artifacts-producer}): one entry per
 * artifact and sha256, so that services which disagree (an {@code up} stopped half way) show both.
 */
public final class DeployedArtifacts {

    private DeployedArtifacts() {
    }

    /** A service that takes the artifact, and where in its containers. */
    public record Consumer(String service, String target) {
    }

    /** The compile step that produced the artifact and the hash of its inputs on that run. */
    public record Producer(String step, String inputHash) {
    }

    /**
     * @param producers empty when the services were deployed before Berth recorded the producer
     */
    public record Deployed(String name, String sha256, List<Producer> producers, List<Consumer> consumers) {
    }

    /** One entry of a {@code dev.berth.artifacts} label. */
    public record Delivery(String name, String sha256, String target) {
    }

    /**
     * @param services compose service → its labels; services without {@code dev.berth.artifacts} take no artifact
     * @return sorted by name, then sha256; empty when no service takes an artifact
     * @throws ArtifactException when a label is not as Berth writes it
     */
    public static List<Deployed> of(Map<String, Map<String, String>> services) {
        Map<String, Map<String, Entry>> byName = new TreeMap<>();
        new TreeMap<>(services).forEach((service, labels) -> {
            String label = labels.get(Labels.ARTIFACTS);
            if (label == null) {
                return;
            }
            Producer producer = producer(service, labels.get(Labels.ARTIFACTS_PRODUCER));
            for (Delivery d : parse(service, label)) {
                Entry e = byName.computeIfAbsent(d.name(), n -> new TreeMap<>()).computeIfAbsent(d.sha256(), s -> new Entry());
                if (producer != null) {
                    e.producers.add(producer);
                }
                e.consumers.add(new Consumer(service, d.target()));
            }
        });
        List<Deployed> out = new ArrayList<>();
        byName.forEach((name, bySha) -> bySha.forEach((sha, e) -> out.add(new Deployed(name, sha,
                e.producers.stream().sorted(Comparator.comparing(Producer::step).thenComparing(Producer::inputHash)).toList(),
                List.copyOf(e.consumers)))));
        return out;
    }

    /**
     * Parses {@code NAME=sha256:HEX@TARGET,…}.
     *
     * @throws ArtifactException naming the service and the entry when the label is not in that form
     */
    public static List<Delivery> parse(String service, String label) {
        List<Delivery> out = new ArrayList<>();
        if (label.isBlank()) {
            return out;
        }
        for (String entry : label.split(",")) {
            int eq = entry.indexOf('=');
            int at = eq < 0 ? -1 : entry.indexOf('@', eq);
            String hex = eq < 0 || at < 0 ? "" : entry.substring(eq + 1, at);
            if (eq <= 0 || at < 0 || at == entry.length() - 1 || !hex.matches("sha256:[0-9a-f]{64}")) {
                throw new ArtifactException("service " + service + " has a label " + Labels.ARTIFACTS + " entry \"" + entry
                        + "\" that is not NAME=sha256:HEX@TARGET (64 hex digits); was it changed by hand? berth up writes it again");
            }
            out.add(new Delivery(entry.substring(0, eq), hex.substring("sha256:".length()), entry.substring(at + 1)));
        }
        return out;
    }

    /** Parses {@code STEP@INPUTHASH}; null when absent. */
    static Producer producer(String service, String label) {
        if (label == null) {
            return null;
        }
        int at = label.lastIndexOf('@');
        if (at <= 0 || at == label.length() - 1) {
            throw new ArtifactException("service " + service + " has a label " + Labels.ARTIFACTS_PRODUCER + " \"" + label
                    + "\" that is not STEP@INPUTHASH; was it changed by hand? berth up writes it again");
        }
        return new Producer(label.substring(0, at), label.substring(at + 1));
    }

    private static final class Entry {
        final Set<Producer> producers = new LinkedHashSet<>();
        final List<Consumer> consumers = new ArrayList<>();
    }
}
