package dev.berth.server.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.server.auth.Tokens;
import dev.berth.server.store.JobStore;
import dev.berth.server.store.JobStore.JobRow;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs jobs on a bounded pool, one job per environment at a time. A job is stored when it is
 * submitted and every event as it happens, so it outlives the request that started it and a
 * client that went away; a server that stops leaves its running jobs to be marked interrupted
 * at the next start.
 */
public final class JobRunner implements AutoCloseable {

    /** A job already runs for the environment. */
    public static final class Busy extends RuntimeException {
        private final String jobId;

        Busy(String environment, String jobId) {
            super("environment " + environment + " is busy: job " + jobId + " runs for it; wait for it to finish"
                    + " (GET /api/v1/jobs/" + jobId + ")");
            this.jobId = jobId;
        }

        public String jobId() {
            return jobId;
        }
    }

    /** Every worker is busy and the queue is full. */
    public static final class Full extends RuntimeException {
        Full(int queued) {
            super("the server runs as many jobs as it can and " + queued + " wait; try again later");
        }
    }

    private final JobStore store;
    private final ObjectMapper json;
    private final ThreadPoolExecutor pool;
    private final Map<String, Job> live = new ConcurrentHashMap<>();
    private final Map<String, String> byEnvironment = new ConcurrentHashMap<>();

    public JobRunner(JobStore store, ObjectMapper json, int workers, int queue) {
        this.store = store;
        this.json = json;
        this.pool = new ThreadPoolExecutor(workers, workers, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue), r -> {
            Thread t = new Thread(r, "berth-job");
            t.setDaemon(true);
            return t;
        });
    }

    /** Marks the jobs a previous run of the server left queued or running as interrupted; returns how many. */
    public int interruptLeftovers() {
        return store.interruptLeftovers(Instant.now());
    }

    /**
     * Stores and queues a job; {@code files} (name → sha256) is the deploy history of an up.
     * {@code after} runs when the job ended, whatever the outcome.
     */
    public Job submit(String kind, String environment, String user, Map<String, String> files, Work work,
                      Runnable after) {
        String id = Tokens.id();
        if (environment != null) {
            String running = byEnvironment.putIfAbsent(environment, id);
            if (running != null) {
                throw new Busy(environment, running);
            }
        }
        Instant now = Instant.now();
        Job job = new Job(id, kind, environment, user, now.toString());
        try {
            store.insert(new JobRow(id, kind, environment, user, "queued", null, now, null, null));
            store.addFiles(id, files);
            live.put(id, job);
            pool.execute(() -> run(job, work, after));
        } catch (RejectedExecutionException e) {
            release(job);
            store.finished(id, "failed", "not run: the server is too busy", Instant.now());
            throw new Full(pool.getQueue().size());
        } catch (RuntimeException e) {
            release(job);
            throw e;
        }
        return job;
    }

    /**
     * Runs the job and always ends it: whatever fails, even the database, the environment is
     * freed, followers hear {@code done} and {@code after} runs.
     */
    private void run(Job job, Work work, Runnable after) {
        Events events = new Events(job);
        String state;
        String message;
        try {
            Instant started = Instant.now();
            job.started(started.toString());
            store.started(job.id(), started);
            Work.Outcome outcome = work.run(events);
            state = outcome.ok() ? "succeeded" : "failed";
            message = outcome.message();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            state = "interrupted";
            message = "the server stopped while the job ran; run it again (up converges)";
        } catch (Exception e) {
            state = "failed";
            message = e.getMessage() == null ? e.toString() : e.getMessage();
            String failure = message;
            quietly(() -> events.emit("failed", events.object().put("message", failure)));
        }
        Instant finished = Instant.now();
        String endState = state;
        String endMessage = message;
        try {
            quietly(() -> store.finished(job.id(), endState, endMessage, finished));
            // The environment is free before anyone can see the job ended: a client that waits for
            // the end and runs the next job is never told the environment is busy.
            if (job.environment() != null) {
                byEnvironment.remove(job.environment(), job.id());
            }
            job.finished(state, message, finished.toString());
            quietly(() -> events.emit("done", events.object().put("state", endState).put("message", endMessage)));
        } finally {
            release(job);
            quietly(after);
        }
    }

    /** What ends a job never changes its outcome: a failure here (the database, a cache refresh) is dropped. */
    private static void quietly(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            // the job's end goes on without it
        }
    }

    private void release(Job job) {
        live.remove(job.id());
        if (job.environment() != null) {
            byEnvironment.remove(job.environment(), job.id());
        }
    }

    public Optional<Job> live(String id) {
        return Optional.ofNullable(live.get(id));
    }

    /** Environments a job runs for now. */
    public Set<String> busyEnvironments() {
        return Set.copyOf(byEnvironment.keySet());
    }

    /** A job, live or from the database. */
    public Optional<JobSummary> find(String id) {
        Job job = live.get(id);
        if (job != null) {
            return Optional.of(job.summary());
        }
        return store.find(id).map(this::summary);
    }

    /** The files an up deployed, by sha256. */
    public List<JobStore.DeployedFile> files(String jobId) {
        return store.files(jobId);
    }

    public List<JobSummary> recent(int limit, String environment) {
        return store.recent(limit, environment).stream().map(row -> {
            Job job = live.get(row.id());
            return job != null ? job.summary() : new JobSummary(row.id(), row.kind(), row.environment(), row.user(),
                    row.state(), text(row.created()), text(row.started()), text(row.finished()), row.message(), List.of());
        }).toList();
    }

    private JobSummary summary(JobRow row) {
        List<JobEvent> events = store.events(row.id()).stream().map(e -> new JobEvent(e.seq(), e.name(),
                parse(e.data()), text(e.time()))).toList();
        return new JobSummary(row.id(), row.kind(), row.environment(), row.user(), row.state(), text(row.created()),
                text(row.started()), text(row.finished()), row.message(), events);
    }

    private com.fasterxml.jackson.databind.JsonNode parse(String data) {
        try {
            return json.readTree(data);
        } catch (java.io.IOException e) {
            return json.getNodeFactory().textNode(data);
        }
    }

    private static String text(Instant t) {
        return t == null ? null : t.toString();
    }

    /** Stores, then sends: a client that follows later replays what it missed from the database. */
    private final class Events implements JobEvents {
        private final Job job;

        Events(Job job) {
            this.job = job;
        }

        @Override
        public void emit(String name, ObjectNode data) {
            synchronized (job) {
                Instant at = Instant.now();
                JobEvent event = new JobEvent(job.nextSeq(), name, data, at.toString());
                try {
                    store.addEvent(job.id(), event.seq(), name, data, at);
                } finally {
                    // followers hear it even when the database did not take it
                    job.add(event);
                }
            }
        }

        @Override
        public ObjectNode object() {
            return json.createObjectNode();
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
