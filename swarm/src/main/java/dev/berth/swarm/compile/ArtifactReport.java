package dev.berth.swarm.compile;

import dev.berth.engine.artifact.ArtifactException;
import dev.berth.engine.artifact.ArtifactStore;
import dev.berth.engine.artifact.BerthBuild;
import dev.berth.engine.artifact.SourceTree;
import dev.berth.engine.artifact.StepRecord;
import dev.berth.swarm.client.BuildContainers;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What Berth knows about each artifact of a project, for {@code berth artifacts}: the step that
 * produces it and the hash of that step's current inputs, what the store holds for those inputs,
 * and which modules take it where. Reads only; runs nothing.
 */
public final class ArtifactReport {

    private ArtifactReport() {
    }

    /**
     * @param sha256 null when the step has not run with its current inputs
     * @param size -1 when unknown
     * @param stored "yes" (present and its hash checked), "missing", "corrupted" or "not built"
     */
    public record Row(String name, String sha256, long size, String kind, String producer, String inputHash,
                      List<Consumer> consumers, String stored) {
    }

    public record Consumer(String service, String target) {
    }

    public static List<Row> of(BerthBuild build, BuildContainers builder, ArtifactStore store,
                               Function<BerthBuild.Source, Path> sources) {
        BerthBuild.CompileStep step = build.compile();
        if (step == null) {
            return List.of();
        }
        SourceTree source = SourceTree.of(sources.apply(build.source()));
        String key = new CompileStage(builder, store, line -> { }, line -> { }).inputHash(step, source);
        Optional<StepRecord> record = store.step(key);
        Map<String, List<Consumer>> consumers = new TreeMap<>();
        build.modules().values().forEach(m -> m.targets().forEach((artifact, target) ->
                consumers.computeIfAbsent(artifact, a -> new ArrayList<>()).add(new Consumer(m.service(), target))));
        List<Row> rows = new ArrayList<>();
        step.outputs().forEach((name, path) -> {
            StepRecord.Output out = record.map(r -> r.outputs().get(name)).orElse(null);
            List<Consumer> users = consumers.getOrDefault(name, List.of());
            if (out == null) {
                rows.add(new Row(name, null, -1, null, step.service(), key, users, "not built"));
                return;
            }
            rows.add(new Row(name, out.sha256(), out.size(), out.kind(), step.service(), key, users, stored(store, name, out)));
        });
        return rows;
    }

    private static String stored(ArtifactStore store, String name, StepRecord.Output out) {
        return stored(store, name, out.sha256());
    }

    /** "yes" (present and its hash checked), "missing" or "corrupted". */
    public static String stored(ArtifactStore store, String name, String sha256) {
        if (!store.has(sha256)) {
            return "missing";
        }
        try {
            store.verify(name, sha256);
            return "yes";
        } catch (ArtifactException e) {
            return "corrupted";
        }
    }
}
