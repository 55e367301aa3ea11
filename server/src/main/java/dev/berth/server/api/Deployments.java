package dev.berth.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.compose.model.Project;
import dev.berth.engine.EnvironmentName;
import dev.berth.engine.admission.AdmissionReport;
import dev.berth.engine.plan.Change;
import dev.berth.engine.plan.Plan;
import dev.berth.engine.plan.PlanReport;
import dev.berth.server.auth.Principal;
import dev.berth.server.cluster.ClusterAccess;
import dev.berth.server.job.BuildEvents;
import dev.berth.server.job.DeployEvents;
import dev.berth.server.job.Job;
import dev.berth.server.job.JobEvents;
import dev.berth.server.job.Work;
import dev.berth.server.store.JobStore;
import dev.berth.swarm.admission.AdmissionRefused;
import dev.berth.swarm.deploy.Lifetimes;
import dev.berth.swarm.deploy.SwarmDeployer;
import dev.berth.swarm.deploy.SwarmTeardown;
import dev.berth.swarm.deploy.UpPreview;
import dev.berth.swarm.deploy.UpRequest;
import dev.berth.swarm.deploy.UpResult;
import dev.berth.swarm.lock.ClusterLock;
import dev.berth.swarm.prepare.ProjectPreparation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Plan, up and down through the same code as the command line: {@link ProjectPreparation} for
 * the compile step and images, {@link SwarmDeployer} and {@link SwarmTeardown} under the
 * environment's lock, with their events turned into job events.
 */
final class Deployments {

    static final Duration UP_TIMEOUT = Duration.ofMinutes(10);
    static final Duration DOWN_TIMEOUT = Duration.ofMinutes(5);

    private final ApiContext api;

    Deployments(ApiContext api) {
        this.api = api;
    }

    /**
     * The report of {@code berth plan --format json}, and (for the dashboard) the changes that are
     * no keep, by action.
     */
    record PlanJson(String environment, List<PlanReport.ChangeRow> changes, List<String> notices,
                    PlanReport.Routing routing, List<PlanReport.Port> ports, AdmissionReport admission,
                    List<ChangeJson> creates, List<ChangeJson> updates, List<ChangeJson> removes) {
    }

    record ChangeJson(String kind, String name, List<String> fields) {
        static ChangeJson of(Change c) {
            return new ChangeJson(c.kind().word(), c.name(), c.changedFields());
        }
    }

    PlanJson plan(EnvironmentName env, ProjectUpload upload) throws InterruptedException {
        ClusterAccess cluster = api.cluster();
        // The same preview as 'berth plan': nothing is created, not even the IPVS probe.
        ProjectPreparation.Planned planned = ProjectPreparation.planned(ProjectPreparation.check(
                upload.loaded().project(), upload.directory(), env, upload.environment()), cluster.manager());
        UpPreview preview = new SwarmDeployer(cluster.manager(), cluster.nodes())
                .preview(request(env, upload, planned.project(), null, null, null, false))
                .imagesMadeOnUp(planned.imagesMadeOnUp());
        Plan plan = preview.plan();
        List<String> notices = new java.util.ArrayList<>(plan.notices());
        upload.loaded().warnings().forEach(w -> notices.add(w.toString()));
        PlanReport report = preview.report(env.value(), notices);
        return new PlanJson(report.environment(), report.changes(), report.notices(), report.routing(), report.ports(),
                report.admission(), changes(plan, Change.Action.CREATE), changes(plan, Change.Action.UPDATE),
                changes(plan, Change.Action.REMOVE));
    }

    private static List<ChangeJson> changes(Plan plan, Change.Action action) {
        return plan.of(action).stream().map(ChangeJson::of).toList();
    }

    /** {@code ttl}: null keeps an existing environment's expiry and gives a new one environments.ttl, as berth up does. */
    Job up(EnvironmentName env, ProjectUpload upload, Principal who, Duration ttl, boolean force) {
        ClusterAccess cluster = api.cluster();
        // Berth's extensions and templates are checked before the job starts: bad input answers 400.
        ProjectPreparation.Checked checked = ProjectPreparation.check(upload.loaded().project(), upload.directory(), env,
                upload.environment());
        Work work = events -> {
            upload.loaded().warnings().forEach(w -> events.notice("warning: " + w));
            // As berth up: compile, build and distribute images before the lock and before the cluster changes.
            ProjectPreparation.Prepared prepared = cluster.preparation().prepare(checked, cluster.manager(),
                    cluster.nodes(), new BuildEvents(events));
            if (prepared.images().registryAuth() != null) {
                cluster.manager().useRegistryAuth(prepared.images().registryAuth());
            }
            UpResult result;
            try (ClusterLock.Held lock = environmentLock(cluster, who, env, events)) {
                Ownership ownership = Ownership.read(cluster.manager(), env);
                ownership.require(who, env, false);
                Lifetimes lifetimes = new Lifetimes(cluster.manager());
                Instant expires = lifetimes.forUp(env, ttl, cluster.environments().ttl(), Instant.now());
                try {
                    result = new SwarmDeployer(cluster.manager(), cluster.nodes())
                            .up(request(env, upload, prepared.project(), who, ownership.teamFor(who), expires, force), lock,
                                    new DeployEvents(events));
                } catch (AdmissionRefused refused) {
                    // as berth up: nothing was created; the refusals as data, for the table the command line prints
                    String message = refused.getMessage() + "; nothing was created (\"force\": true deploys anyway)";
                    ObjectNode data = events.object().put("message", message);
                    data.set("refusals", api.json().valueToTree(
                            AdmissionReport.of(env.value(), List.of(), refused.result()).refusals()));
                    events.emit("refused", data);
                    return new Work.Outcome(false, message);
                }
                // The expiry is no part of the spec hash: unchanged services get it by a label-only update.
                lifetimes.stamp(env, expires);
            }
            if (result.ok()) {
                long services = result.plan().changes().stream().filter(c -> c.kind().word().equals("service")).count();
                return new Work.Outcome(true, "environment " + env + " is up: " + services + " services");
            }
            return new Work.Outcome(false, "environment " + env + " did not converge: "
                    + String.join(", ", result.failures().stream().map(f -> f.service() + " failed").toList())
                    + (result.blocked().isEmpty() ? "" : "; not started: " + String.join(", ", result.blocked().keySet()))
                    + ". It is left in place for inspection.");
        };
        return api.jobs().submit("up", env.value(), who.name(), upload.sha256(), work, () -> {
            upload.close();
            api.cache().refresh();
        });
    }

    Job down(EnvironmentName env, Principal who, boolean volumes) {
        ClusterAccess cluster = api.cluster();
        Work work = events -> {
            boolean removed;
            try (ClusterLock.Held lock = environmentLock(cluster, who, env, events)) {
                Ownership.read(cluster.manager(), env).require(who, env, volumes);
                removed = new SwarmTeardown(cluster.manager(), cluster.nodes())
                        .down(env, volumes, DOWN_TIMEOUT, new DeployEvents(events));
            }
            return new Work.Outcome(true, removed ? "environment " + env + " removed"
                    : "environment " + env + " does not exist");
        };
        return api.jobs().submit("down", env.value(), who.name(), Map.of(), work, api.cache()::refresh);
    }

    /** The environment's lock, as up and down on the command line take it: a gc or another command waits. */
    private static ClusterLock.Held environmentLock(ClusterAccess cluster, Principal who, EnvironmentName env,
                                                    JobEvents events) throws InterruptedException {
        return cluster.locks(who.name()).acquire(ClusterLock.environmentScope(env), "environment " + env,
                cluster.waitLock(), events::notice);
    }

    List<JobStore.DeployedFile> files(String jobId) {
        return api.jobs().files(jobId);
    }

    /** @param team the team label of the environment's resources, null for none (a preview) */
    private UpRequest request(EnvironmentName env, ProjectUpload upload, Project project, Principal who, String team,
                              Instant expires, boolean force) {
        ClusterAccess cluster = api.cluster();
        return new UpRequest(env, project, upload.environment(), false, UP_TIMEOUT,
                who == null ? null : who.name(), expires,
                cluster.ipvs(), cluster.probeImage(), cluster.pools(), cluster.ports(), cluster.admission(), force,
                team);
    }
}
