package dev.berth.engine.artifact;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a compile step's result depends on. Equal inputs give the same key, and a step whose
 * key has a record with every output in the store is not run again. The service's name, the
 * order of environment entries and where Berth keeps its store do not count.
 */
public record StepInputs(String sourceHash, String imageId, List<String> command, List<String> entrypoint,
                         Map<String, String> environment, String workingDir, String sourceTarget,
                         Map<String, String> outputs) {

    public static StepInputs of(BerthBuild.CompileStep step, String sourceHash, String imageId) {
        return new StepInputs(sourceHash, imageId, step.command(), step.entrypoint(), step.environment(),
                step.workingDir(), step.sourceTarget(), step.outputs());
    }

    /** sha256 of a canonical, length-prefixed form of the inputs (so no two different inputs read alike). */
    public String hash() {
        StringBuilder s = new StringBuilder("berth-compile-v1\n");
        field(s, "source", sourceHash);
        field(s, "image", imageId);
        list(s, "command", command);
        list(s, "entrypoint", entrypoint);
        map(s, "environment", environment);
        field(s, "workdir", workingDir);
        field(s, "target", sourceTarget);
        map(s, "outputs", outputs);
        MessageDigest sha = ArtifactStore.sha256();
        return HexFormat.of().formatHex(sha.digest(s.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static void field(StringBuilder s, String name, String value) {
        s.append(name).append(' ');
        if (value == null) {
            s.append("-\n");
        } else {
            s.append(value.length()).append(':').append(value).append('\n');
        }
    }

    private static void list(StringBuilder s, String name, List<String> values) {
        if (values == null) {
            field(s, name, null);
            return;
        }
        s.append(name).append(" [").append(values.size()).append("]\n");
        values.forEach(v -> field(s, " ", v));
    }

    private static void map(StringBuilder s, String name, Map<String, String> values) {
        s.append(name).append(" {").append(values.size()).append("}\n");
        new TreeMap<>(values).forEach((k, v) -> {
            field(s, " k", k);
            field(s, " v", v);
        });
    }
}
