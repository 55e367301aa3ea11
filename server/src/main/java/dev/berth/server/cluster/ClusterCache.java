package dev.berth.server.cluster;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The server's view of the cluster, so that status calls never wait for the cluster: read in
 * full at start, read again shortly after every engine event (events within {@code settle} are
 * read once), and in full every {@code fullRefresh} as a safety net for missed events. The
 * cluster stays the source of truth: nothing here outlives the process.
 */
public final class ClusterCache implements AutoCloseable {

    /** What the API serves: the snapshot and the environments computed from it, swapped at once. */
    private record View(ClusterSnapshot snapshot, Map<String, EnvironmentView> environments, String error) {
    }

    private final ClusterSource source;
    private final Duration settle;
    private final Duration fullRefresh;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "berth-cluster-cache");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile View view = new View(ClusterSnapshot.EMPTY, Map.of(), "not read yet");
    private volatile AutoCloseable following;
    private volatile boolean lost;
    private volatile long reads;

    public ClusterCache(ClusterSource source, Duration settle, Duration fullRefresh) {
        this.source = source;
        this.settle = settle;
        this.fullRefresh = fullRefresh;
    }

    /** Reads once now, then follows events and refreshes periodically. */
    public ClusterCache start() {
        refresh();
        follow();
        scheduler.scheduleWithFixedDelay(() -> {
            if (following == null || lost) {
                follow();
            }
            refresh();
        }, fullRefresh.toMillis(), fullRefresh.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Follows the events anew; what still runs of the previous following (other engines' streams) is closed first. */
    private synchronized void follow() {
        closeQuietly(following);
        following = null;
        lost = false;
        try {
            following = source.follow(this::changed, () -> lost = true);
        } catch (RuntimeException e) {
            following = null;
        }
    }

    /** Something changed: read again once things settle, however many events arrive meanwhile. */
    public void changed() {
        if (pending.compareAndSet(false, true)) {
            try {
                scheduler.schedule(() -> {
                    pending.set(false);
                    refresh();
                }, settle.toMillis(), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                pending.set(false);
            }
        }
    }

    /** Reads the cluster now; on failure the last view is kept with the error. */
    public void refresh() {
        try {
            ClusterSnapshot snapshot = source.read();
            view = new View(snapshot, EnvironmentViews.of(snapshot), null);
        } catch (RuntimeException e) {
            view = new View(view.snapshot(), view.environments(), e.getMessage());
        }
        reads++;
    }

    public List<EnvironmentView> environments() {
        return List.copyOf(view.environments().values());
    }

    public Optional<EnvironmentView> environment(String name) {
        return Optional.ofNullable(view.environments().get(name));
    }

    public ClusterSnapshot snapshot() {
        return view.snapshot();
    }

    /** Why the last reading failed, or null. */
    public String error() {
        return view.error();
    }

    /** How many times the cluster was read (for tests and the benchmark). */
    public long reads() {
        return reads;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        closeQuietly(following);
    }

    private static void closeQuietly(AutoCloseable handle) {
        if (handle != null) {
            try {
                handle.close();
            } catch (Exception e) {
                // closing a finished stream
            }
        }
    }
}
