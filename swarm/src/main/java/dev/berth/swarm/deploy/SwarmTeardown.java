package dev.berth.swarm.deploy;

import dev.berth.engine.EnvironmentName;
import dev.berth.engine.Labels;
import dev.berth.engine.deploy.DeployEvent;
import dev.berth.engine.deploy.DeployListener;
import dev.berth.swarm.client.Observed.VolumeState;
import dev.berth.swarm.client.SwarmClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code berth down}: removes an environment and returns only when nothing labelled with it is
 * left — services, their containers on every node Berth can reach, configs, secrets, networks,
 * and with {@code volumes} its volumes. Idempotent: an environment that is gone is no error. A
 * node whose engine does not answer is skipped with a warning naming what is left there (see
 * {@link EngineReach}); the cluster-wide objects go all the same.
 */
public final class SwarmTeardown {

    private final SwarmClient manager;
    private final List<SwarmClient> nodes;
    private final EngineReach reach;

    public SwarmTeardown(SwarmClient manager, List<SwarmClient> nodes) {
        this(manager, nodes, new EngineReach());
    }

    /** {@code reach}: shared with the caller's other steps, so that an engine that did not answer is not asked again. */
    public SwarmTeardown(SwarmClient manager, List<SwarmClient> nodes, EngineReach reach) {
        this.manager = manager;
        this.nodes = List.copyOf(nodes);
        this.reach = reach;
    }

    /** Returns false when there was nothing to remove. */
    public boolean down(EnvironmentName env, boolean volumes, Duration timeout, DeployListener listener)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        ClusterView view = ClusterView.read(manager, env);
        boolean any = !view.isEmpty();
        Removal removal = new Removal(manager, listener);
        removal.removeServices(view, deadline);
        // Before the networks go: a node keeps a network its leftover containers still name.
        waitForContainers(env, deadline);
        removal.removeObjectsAndNetworks(view, deadline);
        waitForNetworks(env, deadline);
        if (volumes) {
            any |= removeVolumes(env, deadline, listener);
        }
        warnAboutUnreachable(env, volumes, listener);
        ClusterView left = ClusterView.read(manager, env);
        if (!left.isEmpty()) {
            throw new IllegalStateException("environment " + env + " is not fully removed: " + left.services().size()
                    + " services, " + left.networks().size() + " networks, " + left.configs().size() + " configs, "
                    + left.secrets().size() + " secrets remain; run 'berth down " + env + "' again");
        }
        return any;
    }

    private List<SwarmClient> engines() {
        List<SwarmClient> all = new ArrayList<>();
        all.add(manager);
        all.addAll(nodes);
        return all;
    }

    private void waitForContainers(EnvironmentName env, Instant deadline) throws InterruptedException {
        Map<String, List<String>> filter = Map.of("label", List.of(Labels.STACK_NAMESPACE + "=" + env.value()));
        for (SwarmClient engine : engines()) {
            reach.attempt(engine, () -> {
                while (!engine.local().containers(filter).isEmpty()) {
                    // Exited containers of completed jobs stay behind when their service is removed.
                    engine.local().containers(filter).stream()
                            .filter(c -> c.state().equals("exited") || c.state().equals("dead") || c.state().equals("created"))
                            .forEach(c -> engine.local().removeContainer(c.id()));
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("containers of " + env + " are still stopping on "
                                + engine.endpoint() + "; run 'berth down " + env + "' again");
                    }
                    Thread.sleep(200);
                }
            });
        }
    }

    /** Each node forgets a removed overlay network a few seconds after the manager did. */
    private void waitForNetworks(EnvironmentName env, Instant deadline) throws InterruptedException {
        Map<String, List<String>> filter = Map.of("label", List.of(Labels.ENVIRONMENT + "=" + env.value()));
        for (SwarmClient engine : engines()) {
            reach.attempt(engine, () -> {
                while (!engine.networks(filter).isEmpty()) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new IllegalStateException("networks of " + env + " are still present on "
                                + engine.endpoint() + "; run 'berth down " + env + "' again");
                    }
                    Thread.sleep(200);
                }
            });
        }
    }

    private boolean removeVolumes(EnvironmentName env, Instant deadline, DeployListener listener)
            throws InterruptedException {
        Map<String, List<String>> filter = Map.of("label", List.of(Labels.ENVIRONMENT + "=" + env.value()));
        boolean[] any = {false};
        for (SwarmClient engine : engines()) {
            reach.attempt(engine, () -> {
                for (VolumeState v : engine.local().volumes(filter)) {
                    Removal.retry(() -> engine.local().removeVolume(v.name()), deadline);
                    any[0] = true;
                    listener.on(new DeployEvent.Notice("volume " + v.name() + " removed on " + engine.endpoint()));
                }
            });
        }
        // A single-node swarm has no other node; on a larger one without node engines, say what is left.
        if (nodes.isEmpty() && manager.nodes().size() > 1) {
            listener.on(new DeployEvent.Notice("volumes on other nodes than the manager are left: Berth knows no"
                    + " node engines (set BERTH_NODE_HOSTS)"));
        }
        return any[0];
    }

    private void warnAboutUnreachable(EnvironmentName env, boolean volumes, DeployListener listener) {
        reach.unreachable().forEach((endpoint, reason) ->
                listener.on(new DeployEvent.Warning(leftOnUnreachable(env, volumes, endpoint, reason))));
    }

    /** What a down leaves on a node whose engine did not answer, and how to clean it up later. */
    static String leftOnUnreachable(EnvironmentName env, boolean volumes, String endpoint, String reason) {
        String what = volumes ? "containers and volumes" : "containers";
        return "node engine " + endpoint + " did not answer (" + reason + "): the " + what + " of " + env
                + " there are left as they are; once it answers again, 'berth gc' removes them"
                + " (or run 'berth down " + env + (volumes ? " --volumes" : "") + "' again)";
    }
}
