package dev.berth.server.api;

import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A comment sent now and then on long-lived event streams. A client that left is only noticed on
 * a write, so without it a stream with nothing to say (a quiet service's logs) would hold its
 * threads and engine connections forever; the failed write closes the stream and runs its
 * close callback.
 */
public final class Heartbeats implements AutoCloseable {

    public static final Duration INTERVAL = Duration.ofSeconds(10);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "berth-sse-heartbeat");
        t.setDaemon(true);
        return t;
    });

    /** Beats on {@code client} (synchronised on it, as its other writers are) until the returned handle is cancelled. */
    ScheduledFuture<?> beat(SseClient client) {
        long ms = INTERVAL.toMillis();
        return timer.scheduleAtFixedRate(() -> {
            synchronized (client) {
                if (!client.terminated()) {
                    client.sendComment("keep-alive");
                }
            }
        }, ms, ms, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
