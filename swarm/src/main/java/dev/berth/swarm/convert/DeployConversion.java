package dev.berth.swarm.convert;

import dev.berth.compose.model.Deploy;
import dev.berth.compose.model.GenericResource;
import dev.berth.compose.model.Resource;
import dev.berth.engine.config.AdmissionSettings;
import dev.berth.swarm.spec.Placement;
import dev.berth.swarm.spec.Resources;
import dev.berth.swarm.spec.ServiceMode;
import dev.berth.swarm.spec.UpdateConfig;
import java.time.Duration;
import java.util.List;

/** {@code deploy}: scheduling mode, resources, placement and rollout. */
final class DeployConversion {

    private static final double NANOS_PER_CPU = 1e9;

    private DeployConversion() {
    }

    static ServiceMode mode(Conversion c, String serviceKey, Deploy deploy) {
        String path = "services." + serviceKey + ".deploy";
        String mode = deploy == null || deploy.mode() == null ? "replicated" : deploy.mode();
        Long replicas = deploy == null ? null : deploy.replicas();
        switch (mode) {
            case "replicated":
                return ServiceMode.ofReplicas(replicas == null ? 1 : replicas);
            case "replicated-job":
                // all completions may run at once, as docker stack deploy does
                return ServiceMode.ofReplicatedJob(replicas, replicas);
            case "global", "global-job":
                // the loader refuses replicas on a global service, with its position
                return mode.equals("global") ? ServiceMode.ofGlobal() : ServiceMode.ofGlobalJob();
            default:
                c.fail(path + ".mode", "unknown mode \"" + mode + "\"; expected replicated, global, replicated-job"
                        + " or global-job");
                return null;
        }
    }

    /**
     * Declared limits and reservations, each field not declared filled from {@code defaults}. A
     * default never contradicts what is declared: a default limit is at least the reservation,
     * a default reservation at most the limit.
     */
    static Resources resources(Conversion c, String serviceKey, Deploy deploy, AdmissionSettings defaults) {
        Resource limits = deploy == null || deploy.resources() == null ? null : deploy.resources().limits();
        Resource reservations = deploy == null || deploy.resources() == null ? null : deploy.resources().reservations();
        String path = "services." + serviceKey + ".deploy.resources";
        Long limitCpus = null;
        Long limitMemory = null;
        Long pids = null;
        if (limits != null) {
            devices(c, path + ".limits", limits);
            if (!limits.genericResources().isEmpty()) {
                c.warn(path + ".limits.generic_resources", "Docker Swarm can only reserve generic resources; ignored");
            }
            limitCpus = nanoCpus(limits.cpus());
            limitMemory = limits.memory();
            pids = limits.pids();
        }
        Long reserveCpus = null;
        Long reserveMemory = null;
        List<Resources.GenericResource> generic = List.of();
        if (reservations != null) {
            devices(c, path + ".reservations", reservations);
            if (reservations.pids() != null) {
                c.warn(path + ".reservations.pids", "Docker Swarm can only limit pids, not reserve them; ignored");
            }
            generic = reservations.genericResources().stream().map(DeployConversion::generic).toList();
            reserveCpus = nanoCpus(reservations.cpus());
            reserveMemory = reservations.memory();
        }
        if (defaults != null) {
            AdmissionSettings.Amount limit = defaults.defaultLimit();
            AdmissionSettings.Amount reserve = defaults.defaultReservation();
            if (reserveCpus == null) {
                reserveCpus = atMost(nanoCpus(reserve.cpus()), limitCpus);
            }
            if (reserveMemory == null) {
                reserveMemory = atMost(reserve.memoryBytes(), limitMemory);
            }
            if (limitCpus == null) {
                limitCpus = Math.max(nanoCpus(limit.cpus()), reserveCpus);
            }
            if (limitMemory == null) {
                limitMemory = Math.max(limit.memoryBytes(), reserveMemory);
            }
        }
        Resources.Limit limit = limitCpus == null && limitMemory == null && pids == null ? null
                : new Resources.Limit(limitCpus, limitMemory, pids);
        Resources.Reservation reservation = reserveCpus == null && reserveMemory == null && generic.isEmpty() ? null
                : new Resources.Reservation(reserveCpus, reserveMemory, generic);
        return limit == null && reservation == null ? null : new Resources(limit, reservation);
    }

    private static long atMost(long value, Long limit) {
        return limit == null ? value : Math.min(value, limit);
    }

    private static void devices(Conversion c, String path, Resource resource) {
        if (!resource.devices().isEmpty()) {
            c.warn(path + ".devices", "Engine API 1.41 cannot request devices for a service (advertise them as"
                    + " generic resources and reserve those); ignored");
        }
    }

    private static Resources.GenericResource generic(GenericResource g) {
        return new Resources.GenericResource(new Resources.DiscreteResource(g.kind(), g.value()));
    }

    private static Long nanoCpus(Double cpus) {
        return cpus == null ? null : Math.round(cpus * NANOS_PER_CPU);
    }

    static Placement placement(Deploy deploy) {
        if (deploy == null || deploy.placement() == null) {
            return null;
        }
        dev.berth.compose.model.Placement p = deploy.placement();
        if (p.constraints().isEmpty() && p.preferences().isEmpty() && p.maxReplicasPerNode() == null) {
            return null;
        }
        return new Placement(p.constraints(),
                p.preferences().stream().map(pref -> Placement.Preference.spreadOver(pref.spread())).toList(),
                p.maxReplicasPerNode());
    }

    /** Parallelism defaults to 1 as with {@code docker stack deploy}; the engine's own default is unlimited. */
    static UpdateConfig update(dev.berth.compose.model.UpdateConfig u) {
        if (u == null) {
            return null;
        }
        return new UpdateConfig(u.parallelism() == null ? 1 : u.parallelism(), nanos(u.delay()), u.failureAction(),
                nanos(u.monitor()), u.maxFailureRatio(), u.order());
    }

    static Long nanos(Duration d) {
        return d == null ? null : d.toNanos();
    }
}
