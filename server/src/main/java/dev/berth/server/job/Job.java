package dev.berth.server.job;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A job while the server runs it: its state and events in memory, for the clients that follow
 * it. Every event is stored before it is sent, so a client that comes later replays it from
 * the database.
 */
public final class Job {

    private final String id;
    private final String kind;
    private final String environment;
    private final String user;
    private final String created;
    private String state = "queued";
    private String started;
    private String finished;
    private String message;
    private final List<JobEvent> events = new ArrayList<>();
    private final List<Consumer<JobEvent>> followers = new ArrayList<>();

    Job(String id, String kind, String environment, String user, String created) {
        this.id = id;
        this.kind = kind;
        this.environment = environment;
        this.user = user;
        this.created = created;
    }

    public String id() {
        return id;
    }

    public String environment() {
        return environment;
    }

    public synchronized JobSummary summary() {
        return new JobSummary(id, kind, environment, user, state, created, started, finished, message, List.copyOf(events));
    }

    synchronized void started(String at) {
        state = "running";
        started = at;
    }

    synchronized void finished(String endState, String endMessage, String at) {
        state = endState;
        message = endMessage;
        finished = at;
    }

    synchronized int nextSeq() {
        return events.size() + 1;
    }

    void add(JobEvent event) {
        List<Consumer<JobEvent>> to;
        synchronized (this) {
            events.add(event);
            to = List.copyOf(followers);
        }
        for (Consumer<JobEvent> f : to) {
            try {
                f.accept(event);
            } catch (RuntimeException e) {
                unfollow(f);
            }
        }
    }

    /** Replays the events so far to {@code follower}, then sends each new one, until the job is done. */
    public synchronized void follow(Consumer<JobEvent> follower) {
        // Under the lock, so that no new event overtakes the replay.
        events.forEach(follower);
        followers.add(follower);
    }

    public synchronized void unfollow(Consumer<JobEvent> follower) {
        followers.remove(follower);
    }
}
