package dev.berth.server.cluster;

import dev.berth.engine.Labels;
import dev.berth.swarm.client.Observed.ServiceState;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** An environment as the API shows it, computed from one snapshot of the cluster. */
public record EnvironmentView(String name, String project, String owner, String team, String created, String expires,
                              int serviceCount, int running, int healthy, String state, List<ServiceView> services) {

    public record ServiceView(String name, String image, List<String> dependsOn, String replicas, String state,
                              String health, List<String> nodes, List<Published> published, String error) {
    }

    public record Published(int target, String host, int port, String url) {
    }

    /**
     * Whose an environment is, from its services' labels: the team label of the first service (by
     * its key in the files) that has one; null when none has (made by the command line). The
     * cached view and the check each job makes from the cluster both decide with this.
     */
    public static String teamOf(List<ServiceState> services) {
        return services.stream().sorted(Comparator.comparing(s -> s.labels().getOrDefault(Labels.RESOURCE, s.name())))
                .map(s -> s.labels().get(Labels.TEAM)).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The same environment with another state: "deploying" while a job runs for it. */
    public EnvironmentView withState(String newState) {
        return new EnvironmentView(name, project, owner, team, created, expires, serviceCount, running, healthy,
                newState, services);
    }
}
