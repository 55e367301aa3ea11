package dev.berth.swarm.deploy;

import dev.berth.engine.deploy.DeployEvent;
import dev.berth.engine.deploy.DeployListener;
import dev.berth.engine.plan.Change;
import dev.berth.engine.plan.Plan;
import dev.berth.engine.plan.ResourceKind;
import dev.berth.swarm.client.EngineException;
import dev.berth.swarm.client.Observed.NetworkState;
import dev.berth.swarm.client.Observed.ObjectState;
import dev.berth.swarm.client.Observed.ServiceState;
import dev.berth.swarm.client.SwarmClient;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Removes resources in the reverse of creation: services first, then — once their tasks are
 * gone — configs, secrets and networks. Swarm refuses to remove a network or secret still in
 * use while containers stop, so those removals are retried until the deadline.
 */
final class Removal {

    private final SwarmClient client;
    private final DeployListener listener;

    Removal(SwarmClient client, DeployListener listener) {
        this.client = client;
        this.listener = listener;
    }

    /** What the plan removes: what the files no longer name. */
    void removeStale(Plan plan, ClusterView current, Instant deadline) throws InterruptedException {
        for (Change c : plan.of(Change.Action.REMOVE, ResourceKind.SERVICE)) {
            ServiceState s = current.service(c.name());
            client.removeService(s.id());
            listener.on(new DeployEvent.Applied(c));
        }
        for (Change c : plan.changes()) {
            if (c.action() != Change.Action.REMOVE || c.kind() == ResourceKind.SERVICE) {
                continue;
            }
            String id = idOf(c, current);
            retry(() -> remove(c.kind(), id), deadline);
            listener.on(new DeployEvent.Applied(c));
        }
    }

    /** The environment's services; returns once their tasks are gone. */
    void removeServices(ClusterView current, Instant deadline) throws InterruptedException {
        for (ServiceState s : current.services()) {
            client.removeService(s.id());
            listener.on(new DeployEvent.Applied(new Change(Change.Action.REMOVE, ResourceKind.SERVICE, s.name(), List.of())));
        }
        waitForTasksGone(current, deadline);
    }

    /** Its configs, secrets and networks, once nothing uses them; returns when the manager confirmed each. */
    void removeObjectsAndNetworks(ClusterView current, Instant deadline) throws InterruptedException {
        for (ObjectState c : current.configs()) {
            retry(() -> client.objects().removeConfig(c.id()), deadline);
            listener.on(new DeployEvent.Applied(new Change(Change.Action.REMOVE, ResourceKind.CONFIG, c.name(), List.of())));
        }
        for (ObjectState s : current.secrets()) {
            retry(() -> client.objects().removeSecret(s.id()), deadline);
            listener.on(new DeployEvent.Applied(new Change(Change.Action.REMOVE, ResourceKind.SECRET, s.name(), List.of())));
        }
        for (NetworkState n : current.networks()) {
            retry(() -> client.removeNetwork(n.id()), deadline);
            listener.on(new DeployEvent.Applied(new Change(Change.Action.REMOVE, ResourceKind.NETWORK, n.name(), List.of())));
        }
    }

    private void waitForTasksGone(ClusterView current, Instant deadline) throws InterruptedException {
        for (ServiceState s : current.services()) {
            while (!tasksGone(s.id())) {
                if (Instant.now().isAfter(deadline)) {
                    return;
                }
                Thread.sleep(200);
            }
        }
    }

    private boolean tasksGone(String serviceId) {
        return client.tasksOf(serviceId).stream().allMatch(t -> t.terminal() || t.state().equals("shutdown"));
    }

    private String idOf(Change c, ClusterView current) {
        return switch (c.kind()) {
            case NETWORK -> current.network(c.name()).id();
            case CONFIG -> current.configs().stream().filter(o -> o.name().equals(c.name())).findFirst().orElseThrow().id();
            case SECRET -> current.secrets().stream().filter(o -> o.name().equals(c.name())).findFirst().orElseThrow().id();
            case SERVICE -> current.service(c.name()).id();
        };
    }

    private void remove(ResourceKind kind, String id) {
        switch (kind) {
            case NETWORK -> client.removeNetwork(id);
            case CONFIG -> client.objects().removeConfig(id);
            case SECRET -> client.objects().removeSecret(id);
            case SERVICE -> client.removeService(id);
        }
    }

    /** Runs a removal until the engine accepts it (a resource still in use is refused for a while), or the deadline. */
    static void retry(Runnable removal, Instant deadline) throws InterruptedException {
        while (true) {
            try {
                removal.run();
                return;
            } catch (EngineException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw e;
                }
                Thread.sleep(250);
            }
        }
    }
}
