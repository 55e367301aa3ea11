package dev.berth.server.api;

import dev.berth.server.job.Job;
import dev.berth.server.job.JobEvent;
import dev.berth.server.job.JobSummary;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.function.Consumer;

/** Jobs and their events: replayed, then live until the job is done; a client may leave and come back. */
final class JobRoutes {

    private final ApiContext api;

    JobRoutes(ApiContext api) {
        this.api = api;
    }

    void register(Routes r) {
        r.add(HandlerType.GET, "/jobs", ctx -> {
            Guard.principal(ctx);
            ctx.json(api.jobs().recent(Queries.integer(ctx, "limit", 50, 1, 1000), ctx.queryParam("environment")));
        });
        r.add(HandlerType.GET, "/jobs/{id}", ctx -> {
            Guard.principal(ctx);
            ctx.json(find(ctx));
        });
        r.add(HandlerType.GET, "/jobs/{id}/events", this::events);
    }

    private JobSummary find(Context ctx) {
        String id = ctx.pathParam("id");
        return api.jobs().find(id).orElseThrow(() -> ApiException.notFound("no job " + id));
    }

    private void events(Context ctx) throws Exception {
        Guard.principal(ctx);
        JobSummary summary = find(ctx);
        Optional<Job> live = api.jobs().live(summary.id());
        new SseHandler(client -> {
            if (live.isPresent()) {
                follow(client, live.get());
            } else {
                // Finished: everything is in the database.
                api.jobs().find(summary.id()).orElseThrow().events().forEach(e -> send(client, e));
                client.close();
            }
        }).handle(ctx);
    }

    private void follow(SseClient client, Job job) {
        client.keepAlive();
        Consumer<JobEvent> follower = new Consumer<>() {
            @Override
            public void accept(JobEvent e) {
                if (client.terminated()) {
                    throw new IllegalStateException("the client went away");
                }
                send(client, e);
                if (e.name().equals("done")) {
                    client.close();
                }
            }
        };
        // a quiet stretch of a long job (a lock awaited, a silent build step) keeps the stream open through proxies
        ScheduledFuture<?> heartbeat = api.heartbeats().beat(client);
        client.onClose(() -> {
            heartbeat.cancel(false);
            job.unfollow(follower);
        });
        job.follow(follower);
        if (api.jobs().live(job.id()).isEmpty() && !client.terminated()) {
            // The job ended between the look-up and following it: its last events are in the database.
            var events = api.jobs().find(job.id()).orElseThrow().events();
            int seen = job.summary().events().size();
            events.stream().skip(seen).forEach(e -> send(client, e));
            client.close();
        }
    }

    private void send(SseClient client, JobEvent e) {
        synchronized (client) {
            client.sendEvent(e.name(), e.data().toString(), Integer.toString(e.seq()));
        }
    }
}
