package dev.berth.swarm.build;

import dev.berth.compose.model.Project;
import java.util.Map;
import java.util.Set;

/**
 * Stages 1–3 of preparing a project's images (source, compile step, module images), run before
 * the {@code build:} images. They work on the builder engine only; what they return is then
 * distributed to the nodes with the built images.
 */
@FunctionalInterface
public interface CompileStages {

    /** No compile step: every image comes from {@code build:} or {@code image:}. */
    CompileStages NONE = (project, builder) -> Result.NONE;

    /**
     * @return the image made for each service (a reference the builder engine has), and the
     *         services that are only build steps and are not deployed
     */
    Result run(Project project, Builder builder);

    /**
     * @param images service name → image reference on the builder engine
     * @param buildOnly services that ran as build steps and are left out of the deployment
     */
    record Result(Map<String, ImageOutcome> images, Set<String> buildOnly) {
        public static final Result NONE = new Result(Map.of(), Set.of());

        public Result {
            images = Map.copyOf(images);
            buildOnly = Set.copyOf(buildOnly);
        }
    }
}
