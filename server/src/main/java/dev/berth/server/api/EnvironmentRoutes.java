package dev.berth.server.api;

import dev.berth.engine.EnvironmentName;
import dev.berth.engine.lifecycle.Expiry;
import dev.berth.server.cluster.ClusterAccess;
import dev.berth.swarm.deploy.Lifetimes;
import dev.berth.swarm.lock.ClusterLock;
import dev.berth.server.auth.Principal;
import dev.berth.server.cluster.EnvironmentView;
import dev.berth.server.job.Job;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Environments: status from the cached view of the cluster; plan at once; up and down as jobs
 * (202 and the job); logs and published addresses straight from the cluster.
 */
final class EnvironmentRoutes {

    private final ApiContext api;
    private final Deployments deployments;

    EnvironmentRoutes(ApiContext api) {
        this.api = api;
        this.deployments = new Deployments(api);
    }

    void register(Routes r) {
        r.add(HandlerType.GET, "/environments", this::list);
        r.add(HandlerType.GET, "/environments/{name}", this::show);
        r.add(HandlerType.POST, "/environments/{name}/plan", this::plan);
        r.add(HandlerType.PUT, "/environments/{name}", this::up);
        r.add(HandlerType.DELETE, "/environments/{name}", this::down);
        r.add(HandlerType.POST, "/environments/{name}/extend", this::extend);
        r.add(HandlerType.GET, "/environments/{name}/logs", new LogRoutes(api)::logs);
        r.add(HandlerType.GET, "/environments/{name}/services/{service}/ports", new PortRoutes(api)::ports);
        r.add(HandlerType.GET, "/environments/{name}/artifacts", new ArtifactRoutes(api)::artifacts);
        r.add(HandlerType.GET, "/environments/{name}/history", this::history);
    }

    private void list(Context ctx) {
        Set<String> busy = api.jobs().busyEnvironments();
        ctx.json(api.cache().environments().stream().map(e -> summary(busy.contains(e.name()) ? e.withState("deploying") : e))
                .toList());
    }

    private void show(Context ctx) {
        EnvironmentName env = name(ctx);
        ctx.json(detail(current(env).orElseThrow(() -> ApiException.notFound("no environment " + env))));
    }

    /** The cached view, "deploying" while a job runs; an environment whose first up runs has no services yet. */
    Optional<EnvironmentView> current(EnvironmentName env) {
        boolean busy = api.jobs().busyEnvironments().contains(env.value());
        Optional<EnvironmentView> view = api.cache().environment(env.value());
        if (view.isPresent()) {
            return Optional.of(busy ? view.get().withState("deploying") : view.get());
        }
        return busy ? Optional.of(new EnvironmentView(env.value(), "", "", null, null, null, 0, 0, 0, "deploying",
                List.of())) : Optional.empty();
    }

    private void plan(Context ctx) {
        EnvironmentName env = name(ctx);
        Guard.principal(ctx);
        DeployBody body = Bodies.read(api.json(), ctx, DeployBody.class);
        try (ProjectUpload upload = ProjectUpload.load(body, env.value(), api.examples(), api.uploads())) {
            ctx.json(deployments.plan(env, upload));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "the server is stopping");
        }
    }

    private void up(Context ctx) {
        EnvironmentName env = name(ctx);
        Principal who = Guard.principal(ctx);
        requireMayChange(who, env, false);
        DeployBody body = Bodies.read(api.json(), ctx, DeployBody.class);
        Duration ttl = body.ttl() == null ? null : TimeToLive.ttl(body.ttl());
        ProjectUpload upload = ProjectUpload.load(body, env.value(), api.examples(), api.uploads());
        Job job;
        try {
            job = deployments.up(env, upload, who, ttl, body.force());
        } catch (RuntimeException e) {
            upload.close();
            throw e;
        }
        accepted(ctx, job, "up " + env + " as job " + job.id());
    }

    private void down(Context ctx) {
        EnvironmentName env = name(ctx);
        Principal who = Guard.principal(ctx);
        boolean volumes = Queries.bool(ctx, "volumes", false);
        requireMayChange(who, env, volumes);
        Job job = deployments.down(env, who, volumes);
        accepted(ctx, job, "down " + env + " as job " + job.id());
    }

    /** {@code {"by": "4h"}}. */
    record ExtendBody(String by) {
    }

    /** As {@code berth extend}: under the environment's lock, through {@link Lifetimes}; labels only, no restart. */
    private void extend(Context ctx) throws InterruptedException {
        EnvironmentName env = name(ctx);
        Principal who = Guard.principal(ctx);
        requireMayChange(who, env, false);
        ExtendBody body = Bodies.read(api.json(), ctx, ExtendBody.class);
        if (body.by() == null) {
            throw ApiException.badRequest("extend needs {\"by\": DURATION}, such as {\"by\": \"4h\"}");
        }
        Duration by = TimeToLive.extension(body.by());
        if (current(env).isEmpty()) {
            throw ApiException.notFound("no environment " + env);
        }
        if (api.jobs().busyEnvironments().contains(env.value())) {
            throw new ApiException(409, "an up or down of environment " + env + " runs; extend it when that ends");
        }
        Instant next;
        ClusterAccess cluster = api.cluster();
        try (var lock = cluster.locks(who.name()).acquire(ClusterLock.environmentScope(env), "environment " + env,
                cluster.waitLock(), message -> { })) {
            Lifetimes lifetimes = new Lifetimes(cluster.manager());
            if (!lifetimes.exists(env)) {
                throw ApiException.notFound("no environment " + env);
            }
            Ownership.read(cluster.manager(), env).require(who, env, false);
            Instant current = lifetimes.expiry(env);
            next = Expiry.extend(current, by, Instant.now());
            // One that never expires already outlives any extension: left as it is, as berth extend leaves it.
            if (next != null) {
                lifetimes.stamp(env, next);
            }
        }
        api.cache().refresh();
        ctx.attribute(Errors.AUDIT_RESULT, next == null ? "extend " + env + ": it never expires"
                : "extend " + env + " to " + next);
        ctx.json(detail(current(env).orElseThrow(() -> ApiException.notFound("no environment " + env))));
    }

    private void history(Context ctx) {
        EnvironmentName env = name(ctx);
        int limit = Queries.integer(ctx, "limit", 50, 1, 1000);
        ctx.json(api.jobs().recent(limit, env.value()).stream().map(j -> Map.of("job", j,
                "files", deployments.files(j.id()))).toList());
    }

    private void accepted(Context ctx, Job job, String audit) {
        ctx.attribute(Errors.AUDIT_RESULT, audit);
        ctx.header("Location", Routes.BASE + "/jobs/" + job.id());
        ctx.status(202).json(Map.of("job", job.summary()));
    }

    /** The first judgement of {@link Ownership}, from the cached view; the job judges again from the cluster. */
    void requireMayChange(Principal who, EnvironmentName env, boolean removingVolumes) {
        Optional<EnvironmentView> view = api.cache().environment(env.value());
        if (view.isEmpty() && api.cache().error() != null && who.role() != dev.berth.server.auth.Role.admin) {
            throw new ApiException(503, "the server cannot read the cluster now, so it cannot tell whose environment "
                    + env + " is: " + api.cache().error());
        }
        (view.isEmpty() ? Ownership.NONE : new Ownership(true, view.get().team())).require(who, env, removingVolumes);
    }

    static EnvironmentName name(Context ctx) {
        try {
            return new EnvironmentName(ctx.pathParam("name"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    record Summary(String name, String project, String owner, String team, String created, String expires,
                   int services, int running, int healthy, String state) {
    }

    static Summary summary(EnvironmentView e) {
        return new Summary(e.name(), e.project(), e.owner(), e.team(), e.created(), e.expires(), e.serviceCount(),
                e.running(), e.healthy(), e.state());
    }

    record Detail(String name, String project, String owner, String team, String created, String expires,
                  int running, int healthy, String state, List<EnvironmentView.ServiceView> services) {
    }

    static Detail detail(EnvironmentView e) {
        return new Detail(e.name(), e.project(), e.owner(), e.team(), e.created(), e.expires(), e.running(),
                e.healthy(), e.state(), e.services());
    }
}
