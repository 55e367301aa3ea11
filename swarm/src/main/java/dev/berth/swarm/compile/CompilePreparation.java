package dev.berth.swarm.compile;

import dev.berth.compose.model.Project;
import dev.berth.engine.artifact.BerthBuild;
import dev.berth.engine.artifact.DeployableProject;
import dev.berth.engine.template.ConfigTemplates;
import dev.berth.engine.template.TemplateContext;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The compile side of preparing a project for the cluster, in order: templates rendered (so a
 * bad placeholder stops before anything runs), stages 1–3 ({@link ArtifactPipeline}), and the
 * project rewritten to what the cluster gets ({@link DeployableProject}). Moving the module
 * images to the nodes (stage 5) is the caller's.
 */
public final class CompilePreparation {

    private CompilePreparation() {
    }

    /**
     * @param project the project as loaded
     * @param images the module images made, for distribution to the nodes
     */
    public record Prepared(Project project, List<ModuleImage> images, ArtifactPipeline.Result result) {
    }

    public static Prepared prepare(Project project, BerthBuild build, TemplateContext templates, ArtifactPipeline pipeline) {
        if (build.empty()) {
            return new Prepared(project, List.of(), ArtifactPipeline.Result.NONE);
        }
        Map<String, String> rendered = ConfigTemplates.render(project, build, templates);
        ArtifactPipeline.Result result = pipeline.run(project, build);
        Map<String, DeployableProject.ModuleImageRef> refs = new TreeMap<>();
        result.modules().forEach((service, image) -> refs.put(service,
                new DeployableProject.ModuleImageRef(image.reference(), image.label())));
        return new Prepared(DeployableProject.of(project, build, refs, rendered),
                List.copyOf(result.modules().values()), result);
    }
}
