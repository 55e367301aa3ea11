package dev.berth.swarm.convert;

import dev.berth.compose.model.Deploy;
import dev.berth.compose.model.Logging;
import dev.berth.compose.model.Service;
import dev.berth.engine.Labels;
import dev.berth.swarm.spec.Driver;
import dev.berth.swarm.spec.ServiceSpec;
import dev.berth.swarm.spec.ServiceMode;
import dev.berth.swarm.spec.TaskSpec;
import dev.berth.swarm.spec.UpdateConfig;
import java.util.Map;
import java.util.regex.Pattern;

/** One compose service as a Swarm service named {@code <env>_<key>}. */
final class ServiceConversion {

    private static final Pattern VALID_NAME = Pattern.compile("[a-zA-Z0-9](?:[-_]*[A-Za-z0-9]+)*");

    private ServiceConversion() {
    }

    static ServiceSpec service(Conversion c, String key, Service s, FileObjects files) {
        Deploy deploy = s.deploy();
        Map<String, String> own = c.ownLabels(key);
        if (s.image() != null) {
            // as docker stack deploy records it, to tell an image change from a digest the engine resolved
            own.put(Labels.STACK_IMAGE, s.image());
        }
        String ports = EndpointConversion.portLabel(c, key);
        if (ports != null) {
            own.put(Labels.PUBLISHED_PORTS, ports);
        }
        if (!s.dependsOn().isEmpty()) {
            own.put(Labels.DEPENDS_ON, String.join(",", s.dependsOn().keySet()));
        }
        TaskSpec task = new TaskSpec(
                ContainerConversion.container(c, key, s, files),
                DeployConversion.resources(c, key, deploy, c.options().defaults()),
                RestartConversion.restartPolicy(c, key, s),
                DeployConversion.placement(deploy),
                NetworkConversion.attachments(c, key, s),
                logDriver(s.logging()));
        ServiceMode mode = DeployConversion.mode(c, key, deploy);
        boolean job = mode != null && (mode.replicatedJob() != null || mode.globalJob() != null);
        String base = "services." + key + ".deploy";
        ServiceSpec spec = new ServiceSpec(
                name(c, key),
                c.merge(base + ".labels", deploy == null ? Map.of() : deploy.labels(), own),
                task,
                mode,
                rollout(c, base + ".update_config", deploy == null ? null : deploy.updateConfig(), job),
                rollout(c, base + ".rollback_config", deploy == null ? null : deploy.rollbackConfig(), job),
                EndpointConversion.endpoint(c, key, s));
        UnsupportedKeys.check(c, key, s);
        return spec;
    }

    /** Swarm names services as DNS labels: letters, digits, '-' and '_', at most 63 characters. */
    private static String name(Conversion c, String key) {
        String name = c.env().scoped(key);
        if (name.length() > 63 || !VALID_NAME.matcher(name).matches()) {
            c.fail("services." + key, "Docker Swarm cannot name a service " + name + ": use letters, digits, '-' and '_'"
                    + " in the service name, at most 63 characters with the environment's name");
        }
        return name;
    }

    /** A job runs to completion once per deploy; Swarm refuses rollout settings for it. */
    private static UpdateConfig rollout(Conversion c, String path, dev.berth.compose.model.UpdateConfig given, boolean job) {
        if (given != null && job) {
            c.warn(path, "a job is not rolled out; ignored");
            return null;
        }
        return DeployConversion.update(given);
    }

    private static Driver logDriver(Logging logging) {
        return logging == null || logging.driver() == null ? null : new Driver(logging.driver(), logging.options());
    }
}
