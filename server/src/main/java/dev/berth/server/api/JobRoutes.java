package dev.berth.server.api;

import dev.berth.server.job.Job;
import dev.berth.server.job.JobEvent;
import dev.berth.server.job.JobSummary;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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

    static final int MAX_QUEUED = 10_000;

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

    /**
     * The job's events as they come. The job hands them to a queue and goes on; a thread of this
     * follower writes them, so a client that stops reading never holds up the job (and the
     * cluster lock it holds). One that falls more than {@value #MAX_QUEUED} events behind is
     * closed once it has what was queued: it may follow again and replay from the start.
     */
    private void follow(SseClient client, Job job) {
        client.keepAlive();
        BlockingQueue<JobEvent> queue = new LinkedBlockingQueue<>(MAX_QUEUED);
        AtomicBoolean behind = new AtomicBoolean();
        Consumer<JobEvent> follower = e -> {
            if (client.terminated()) {
                throw new IllegalStateException("the client went away");
            }
            if (!queue.offer(e)) {
                behind.set(true);
                throw new IllegalStateException("the client fell too far behind");
            }
        };
        Thread sender = new Thread(() -> {
            try {
                while (!client.terminated()) {
                    JobEvent e = queue.poll(1, TimeUnit.SECONDS);
                    if (e == null) {
                        if (behind.get()) {
                            break;
                        }
                        continue;
                    }
                    send(client, e);
                    if (e.name().equals("done")) {
                        break;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                client.close();
            }
        }, "berth-job-events-" + job.id());
        sender.setDaemon(true);
        // a quiet stretch of a long job (a lock awaited, a silent build step) keeps the stream open through proxies
        ScheduledFuture<?> heartbeat = api.heartbeats().beat(client);
        client.onClose(() -> {
            heartbeat.cancel(false);
            job.unfollow(follower);
            sender.interrupt();
        });
        job.follow(follower);
        if (api.jobs().live(job.id()).isEmpty() && !client.terminated()) {
            // The job ended between the look-up and following it: its last events are in the database.
            var events = api.jobs().find(job.id()).orElseThrow().events();
            int seen = job.summary().events().size();
            events.stream().skip(seen).forEach(queue::offer);
        }
        sender.start();
    }

    private void send(SseClient client, JobEvent e) {
        synchronized (client) {
            client.sendEvent(e.name(), e.data().toString(), Integer.toString(e.seq()));
        }
    }
}
