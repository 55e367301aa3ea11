package dev.berth.server.api;

import dev.berth.server.auth.Principal;
import dev.berth.server.cluster.ClusterAccess;
import dev.berth.server.cluster.NodeUsage;
import dev.berth.server.cluster.NodeView;
import dev.berth.server.job.DeployEvents;
import dev.berth.server.job.Job;
import dev.berth.server.job.Work;
import dev.berth.swarm.doctor.Check;
import dev.berth.swarm.doctor.Doctor;
import dev.berth.swarm.gc.GarbageCollection;
import dev.berth.swarm.lock.ClusterLock;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cluster: nodes from the cached view with their use as {@code berth cluster top} reads it,
 * the checks of {@code berth cluster doctor}, {@code berth gc} as a job, and the bundled examples.
 */
final class ClusterRoutes {

    private final ApiContext api;
    private final NodeUsage usage;

    ClusterRoutes(ApiContext api) {
        this.api = api;
        this.usage = new NodeUsage(api.cluster().manager(), api.cluster().engines());
    }

    void register(Routes r) {
        r.add(HandlerType.GET, "/cluster/nodes", ctx -> {
            Guard.principal(ctx);
            ctx.json(NodeView.of(api.cache().snapshot(), usage.recent()));
        });
        r.add(HandlerType.GET, "/cluster/doctor", this::doctor);
        r.add(HandlerType.POST, "/gc", this::gc);
        r.add(HandlerType.GET, "/examples", ctx -> {
            Guard.principal(ctx);
            ctx.json(ProjectUpload.exampleNames(api.examples()));
        });
    }

    /** One check as JSON: status pass, warn, fail or skip. */
    record CheckJson(String name, String status, String detail, String fix) {
        static CheckJson of(Check c) {
            return new CheckJson(c.name(), c.status().name().toLowerCase(Locale.ROOT), c.summary(), c.fix());
        }
    }

    record DoctorJson(boolean failed, List<CheckJson> checks) {
    }

    /** Members and admins only: the doctor creates probe services and containers on the cluster. */
    private void doctor(Context ctx) throws InterruptedException {
        Guard.member(ctx, "the doctor creates probe services on the cluster, which");
        ClusterAccess cluster = api.cluster();
        List<Check> checks = new Doctor(cluster.manager(), cluster.doctorEngines(), cluster.probeImage(),
                cluster.registry()).run();
        ctx.json(new DoctorJson(checks.stream().anyMatch(c -> c.status() == Check.Status.FAIL),
                checks.stream().map(CheckJson::of).toList()));
    }

    /** As {@code berth gc}: one at a time on the cluster (its gc lock), admins only; {@code ?dryRun=true} only tells. */
    private void gc(Context ctx) {
        Principal who = Guard.admin(ctx);
        boolean dryRun = Queries.bool(ctx, "dryRun", false);
        ClusterAccess cluster = api.cluster();
        Work work = events -> {
            ClusterLock locks = cluster.locks(who.name());
            GarbageCollection.Report report;
            try (ClusterLock.Held lock = locks.acquire(ClusterLock.GC, "berth gc", cluster.waitLock(),
                    events::notice)) {
                report = new GarbageCollection(cluster.manager(), cluster.nodes(), locks)
                        .run(cluster.gc(), dryRun, Deployments.DOWN_TIMEOUT, new DeployEvents(events));
            }
            GcReports.emit(report, dryRun, events);
            return new Work.Outcome(true, GcReports.summary(report, dryRun));
        };
        Job job = api.jobs().submit("gc", null, who.name(), Map.of(), work, api.cache()::refresh);
        ctx.attribute(Errors.AUDIT_RESULT, (dryRun ? "gc (dry run)" : "gc") + " as job " + job.id());
        ctx.header("Location", Routes.BASE + "/jobs/" + job.id());
        ctx.status(202).json(Map.of("job", job.summary()));
    }
}
