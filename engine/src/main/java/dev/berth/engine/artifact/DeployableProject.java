package dev.berth.engine.artifact;

import dev.berth.compose.model.Config;
import dev.berth.compose.model.Dependency;
import dev.berth.compose.model.Deploy;
import dev.berth.compose.model.Project;
import dev.berth.compose.model.Service;
import dev.berth.engine.Labels;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The project as the cluster gets it once the build stages are done: the compile step gone (it
 * ran on the builder, and whatever waited for it has what it needs), each module on its image
 * with artifacts and labelled with them, each template config holding its rendered text.
 */
public final class DeployableProject {

    private DeployableProject() {
    }

    /**
     * A module's image reference, its {@code dev.berth.artifacts} label and its
     * {@code dev.berth.artifacts-producer} label ({@code SERVICE@INPUTHASH}; null leaves it out).
     */
    public record ModuleImageRef(String reference, String label, String producer) {
    }

    /**
     * @param images service → its image with artifacts
     * @param rendered config key → rendered text, for template configs
     */
    public static Project of(Project project, BerthBuild build, Map<String, ModuleImageRef> images,
                             Map<String, String> rendered) {
        String compile = build.compile() == null ? null : build.compile().service();
        Map<String, Service> services = new TreeMap<>();
        project.services().forEach((name, s) -> {
            if (name.equals(compile)) {
                return;
            }
            Map<String, Dependency> dependsOn = new LinkedHashMap<>(s.dependsOn());
            dependsOn.remove(compile);
            ModuleImageRef image = images.get(name);
            services.put(name, image == null ? with(s, s.image(), s.deploy(), dependsOn)
                    : with(s, image.reference(), labelled(s.deploy(), image), dependsOn));
        });
        Map<String, Config> configs = new TreeMap<>(project.configs());
        rendered.forEach((key, text) -> {
            Config c = configs.get(key);
            configs.put(key, new Config(c.name(), null, null, text, false, c.labels(), c.driver(), c.driverOpts(),
                    c.templateDriver(), c.extensions()));
        });
        return new Project(project.name(), services, project.networks(), project.volumes(), configs, project.secrets(),
                project.extensions());
    }

    private static Deploy labelled(Deploy d, ModuleImageRef image) {
        Map<String, String> labels = new TreeMap<>(d == null ? Map.of() : d.labels());
        labels.put(Labels.ARTIFACTS, image.label());
        if (image.producer() != null) {
            labels.put(Labels.ARTIFACTS_PRODUCER, image.producer());
        }
        if (d == null) {
            return new Deploy(null, null, labels, null, null, null, null, null, null, null);
        }
        return new Deploy(d.mode(), d.replicas(), labels, d.updateConfig(), d.rollbackConfig(), d.resources(),
                d.restartPolicy(), d.placement(), d.endpointMode(), d.extensions());
    }

    private static Service with(Service s, String image, Deploy deploy, Map<String, Dependency> dependsOn) {
        return new Service(image, image.equals(s.image()) ? s.build() : null, s.command(), s.entrypoint(), s.environment(),
                s.envFiles(), s.labels(), s.healthcheck(), s.user(), s.workingDir(), s.hostname(), s.domainname(),
                s.stopGracePeriod(), s.stopSignal(), s.tmpfs(), s.ulimits(), s.capAdd(), s.capDrop(), s.sysctls(),
                s.init(), s.extraHosts(), s.dns(), s.dnsSearch(), s.dnsOpt(), s.readOnly(), s.tty(), s.stdinOpen(),
                s.ports(), s.expose(), s.volumes(), s.networks(), s.configs(), s.secrets(), dependsOn, s.profiles(),
                s.logging(), deploy, s.otherKeys(), s.extensions());
    }
}
