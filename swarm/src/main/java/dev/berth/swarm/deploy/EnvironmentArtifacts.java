package dev.berth.swarm.deploy;

import dev.berth.engine.EnvironmentName;
import dev.berth.engine.Labels;
import dev.berth.engine.artifact.ArtifactStore;
import dev.berth.engine.artifact.DeployedArtifacts;
import dev.berth.engine.artifact.DeployedArtifacts.Consumer;
import dev.berth.engine.artifact.DeployedArtifacts.Deployed;
import dev.berth.engine.artifact.DeployedArtifacts.Producer;
import dev.berth.swarm.client.Observed.ServiceState;
import dev.berth.swarm.client.SwarmClient;
import dev.berth.swarm.compile.ArtifactReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code berth artifacts NAME}: the artifacts environment NAME runs, read from its services'
 * labels, with what the local artifact store holds of them.
 */
public final class EnvironmentArtifacts {

    /**
     * @param size bytes of the blob in the local store; -1 when it does not hold it
     * @param stored "yes" (present and its hash checked), "missing" or "corrupted"
     */
    public record Row(String name, String sha256, long size, List<Producer> producers, List<Consumer> consumers,
                      String stored) {
    }

    /** The environment is not there, or runs no artifact; the message says so. */
    public static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    private final SwarmClient manager;
    private final ArtifactStore store;

    public EnvironmentArtifacts(SwarmClient manager, ArtifactStore store) {
        this.manager = manager;
        this.store = store;
    }

    public List<Row> of(EnvironmentName env) {
        List<ServiceState> services = manager.services(ClusterView.filter(env));
        Map<String, Map<String, String>> labels = new TreeMap<>();
        services.forEach(s -> labels.put(s.labels().getOrDefault(Labels.RESOURCE, s.name()), s.labels()));
        return rows(env, labels, store);
    }

    /** The rows for services with these labels (compose service → labels); the errors as {@link #of} gives them. */
    static List<Row> rows(EnvironmentName env, Map<String, Map<String, String>> services, ArtifactStore store) {
        if (services.isEmpty()) {
            throw new NotFound("environment " + env + " does not exist (berth ls lists them)");
        }
        List<Deployed> deployed = DeployedArtifacts.of(services);
        if (deployed.isEmpty()) {
            throw new NotFound("environment " + env + " has no artifacts: none of its services ("
                    + String.join(", ", new java.util.TreeSet<>(services.keySet())) + ") is a module that takes one (x-berth-artifacts)");
        }
        List<Row> rows = new ArrayList<>();
        for (Deployed d : deployed) {
            String stored = ArtifactReport.stored(store, d.name(), d.sha256());
            rows.add(new Row(d.name(), d.sha256(), stored.equals("missing") ? -1 : size(store, d.sha256()),
                    d.producers(), d.consumers(), stored));
        }
        return rows;
    }

    private static long size(ArtifactStore store, String sha256) {
        try {
            return Files.size(store.blob(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the artifact store " + store.root() + ": " + e.getMessage(), e);
        }
    }
}
