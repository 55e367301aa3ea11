package dev.berth.engine.artifact;

import java.util.Map;
import java.util.TreeMap;

/**
 * One successful run of a compile step, as the store keeps it.
 *
 * @param inputHash the hash of everything the step's result depends on ({@link StepInputs})
 * @param step the compose service of the compile step
 * @param image the image ID it ran in
 * @param sourceHash the hash of the source tree
 * @param finished when it finished, ISO-8601
 * @param outputs artifact name → what the step left there
 */
public record StepRecord(String inputHash, String step, String image, String sourceHash, String finished,
                         Map<String, Output> outputs) {

    public StepRecord {
        outputs = Map.copyOf(new TreeMap<>(outputs));
    }

    /**
     * @param path where the step left it in its container
     * @param kind "file" (the blob is its bytes) or "directory" (the blob is a tar of it)
     */
    public record Output(String sha256, long size, String kind, String path) {
        public boolean directory() {
            return "directory".equals(kind);
        }
    }
}
