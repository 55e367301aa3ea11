package dev.berth.server.api;

import dev.berth.engine.EnvironmentName;
import dev.berth.engine.Labels;
import dev.berth.server.auth.Principal;
import dev.berth.server.auth.Role;
import dev.berth.server.cluster.EnvironmentView;
import dev.berth.swarm.client.Observed.ServiceState;
import dev.berth.swarm.client.SwarmClient;
import java.util.List;
import java.util.Map;

/**
 * Whose an environment is, as its services' labels on the cluster say, and who may change it:
 * admins anything; members their team's environments and new ones; viewers nothing. Requests
 * are first judged from the server's cached view; each up, down and extend judges again from
 * the cluster itself once it holds the environment's lock, so a cache that is behind or empty
 * lets nobody past.
 *
 * @param exists whether the environment has services on the cluster
 * @param team its team label, null when it has none (made by the command line: admins only)
 */
record Ownership(boolean exists, String team) {

    static final Ownership NONE = new Ownership(false, null);

    /** As the cluster says now. */
    static Ownership read(SwarmClient manager, EnvironmentName env) {
        List<ServiceState> services = manager.services(Map.of("label", List.of(Labels.ENVIRONMENT + "=" + env.value())));
        if (services.isEmpty()) {
            return NONE;
        }
        return new Ownership(true, EnvironmentView.teamOf(services));
    }

    /**
     * Refuses (403) what {@code who} may not do to the environment; {@code removingVolumes}: a
     * down that also removes volumes, which for an environment without services only admins may
     * do, since no label tells whose the volumes were.
     */
    void require(Principal who, EnvironmentName env, boolean removingVolumes) {
        if (who.role() == Role.viewer) {
            throw ApiException.forbidden(who.name() + " is a viewer and may not change environments");
        }
        if (!exists) {
            if (removingVolumes && who.role() != Role.admin) {
                throw ApiException.forbidden("environment " + env + " has no services left, so no label says whose its"
                        + " volumes are; only admins may remove them");
            }
            return;
        }
        if (!who.mayChange(team)) {
            throw ApiException.forbidden("environment " + env + " belongs to " + (team == null
                    ? "no team (only admins may change it)" : "team " + team + "; " + who.name() + " is in team "
                    + who.team()));
        }
    }

    /** The team an up labels the environment with: the one it has, else the deployer's. */
    String teamFor(Principal who) {
        return exists ? team : who.team();
    }
}
