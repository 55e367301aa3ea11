package dev.berth.server.cluster;

import java.util.List;

/** An environment as the API shows it, computed from one snapshot of the cluster. */
public record EnvironmentView(String name, String project, String owner, String team, String created, String expires,
                              int serviceCount, int running, int healthy, String state, List<ServiceView> services) {

    public record ServiceView(String name, String image, List<String> dependsOn, String replicas, String state,
                              String health, List<String> nodes, List<Published> published, String error) {
    }

    public record Published(int target, String host, int port, String url) {
    }

    /** The same environment with another state: "deploying" while a job runs for it. */
    public EnvironmentView withState(String newState) {
        return new EnvironmentView(name, project, owner, team, created, expires, serviceCount, running, healthy,
                newState, services);
    }
}
