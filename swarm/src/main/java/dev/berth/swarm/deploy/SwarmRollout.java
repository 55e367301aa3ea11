package dev.berth.swarm.deploy;

import dev.berth.engine.EnvironmentName;
import dev.berth.engine.deploy.Condition;
import dev.berth.engine.deploy.DeployEvent;
import dev.berth.engine.deploy.DeployListener;
import dev.berth.engine.deploy.ServiceFailure;
import dev.berth.engine.deploy.ServiceRollout;
import dev.berth.engine.plan.Change;
import dev.berth.engine.plan.Plan;
import dev.berth.engine.plan.ResourceKind;
import dev.berth.swarm.client.Observed.ServiceState;
import dev.berth.swarm.client.SwarmClient;
import dev.berth.swarm.spec.ConfigReference;
import dev.berth.swarm.spec.ContainerSpec;
import dev.berth.swarm.spec.SecretReference;
import dev.berth.swarm.spec.ServiceSpec;
import dev.berth.swarm.spec.TaskSpec;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Creates or updates one service as the plan says, and waits on it through {@link TaskWatch}. */
final class SwarmRollout implements ServiceRollout {

    private final SwarmClient client;
    private final EnvironmentName env;
    private final Plan plan;
    private final Map<String, ServiceSpec> specs;
    private final ClusterView current;
    private final Map<String, String> objectIds;
    private final TaskWatch watch;
    private final DeployListener listener;

    SwarmRollout(SwarmClient client, EnvironmentName env, Plan plan, Map<String, ServiceSpec> specs,
                 ClusterView current, Map<String, String> objectIds, TaskWatch watch, DeployListener listener) {
        this.client = client;
        this.env = env;
        this.plan = plan;
        this.specs = specs;
        this.current = current;
        this.objectIds = objectIds;
        this.watch = watch;
        this.listener = listener;
    }

    @Override
    public void start(String service) {
        String name = env.scoped(service);
        Change change = plan.changes().stream()
                .filter(c -> c.kind() == ResourceKind.SERVICE && c.name().equals(name)).findFirst().orElseThrow();
        ServiceSpec spec = withObjectIds(specs.get(service));
        switch (change.action()) {
            case CREATE -> client.createService(spec);
            case UPDATE -> {
                ServiceState existing = current.service(name);
                client.updateService(existing.id(), existing.version(), spec);
            }
            default -> {
                return;
            }
        }
        listener.on(new DeployEvent.Applied(change));
    }

    @Override
    public void await(String service, Condition condition, Instant deadline) throws ServiceFailure, InterruptedException {
        watch.await(service, env.scoped(service), condition, deadline);
    }

    /** Swarm wants configs and secrets by ID, known only once they exist. */
    private ServiceSpec withObjectIds(ServiceSpec spec) {
        TaskSpec task = spec.taskTemplate();
        ContainerSpec c = task.containerSpec();
        List<ConfigReference> configs = c.configs() == null ? null
                : c.configs().stream().map(r -> r.withId(id(r.configName()))).toList();
        List<SecretReference> secrets = c.secrets() == null ? null
                : c.secrets().stream().map(r -> r.withId(id(r.secretName()))).toList();
        return spec.withContainerSpec(c.withReferences(configs, secrets));
    }

    private String id(String name) {
        String id = objectIds.get(name);
        if (id == null) {
            throw new IllegalStateException("config or secret " + name + " does not exist on the cluster");
        }
        return id;
    }
}
