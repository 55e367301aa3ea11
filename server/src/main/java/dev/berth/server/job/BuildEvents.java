package dev.berth.server.job;

import dev.berth.swarm.build.BuildEvent;
import dev.berth.swarm.build.BuildListener;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * What preparing images does as job events: what {@code berth up} prints about builds, as data.
 * A Dockerfile's steps are each an event; the other lines a build or the compile step prints
 * show as the service's latest line, at most one a second per service, so that a job view
 * follows a long compile without its history holding every line of it.
 */
public final class BuildEvents implements BuildListener {

    static final long OUTPUT_INTERVAL_NANOS = 1_000_000_000L;

    private final JobEvents events;
    private final LongSupplier nanoTime;
    private final Map<String, Long> lastOutput = new HashMap<>();

    public BuildEvents(JobEvents events) {
        this(events, System::nanoTime);
    }

    BuildEvents(JobEvents events, LongSupplier nanoTime) {
        this.events = events;
        this.nanoTime = nanoTime;
    }

    @Override
    public synchronized void on(BuildEvent event) {
        if (event instanceof BuildEvent.Step s) {
            if (s.line().startsWith("Step ")) {
                events.progress(s.service(), "building", s.line());
            } else if (!s.line().isBlank() && due(s.service())) {
                events.progress(s.service(), "building", s.line().strip());
            }
        } else if (event instanceof BuildEvent.Note n) {
            events.notice(n.line());
            if (lastOutput.remove(n.service()) != null) {
                // what the compile step made, once it printed its last line: its row is no longer building
                events.progress(n.service(), "built", n.line());
            }
        } else if (event instanceof BuildEvent.Ready r) {
            events.progress(r.service(), "built", (r.image().built() ? "built image " : "unchanged image ")
                    + r.image().reference());
        } else if (event instanceof BuildEvent.Sending s) {
            events.progress(s.service(), "sending", "sending image to " + s.destination());
        } else if (event instanceof BuildEvent.Sent s && !s.alreadyThere()) {
            events.progress(s.service(), "sent", "sent image to " + s.destination());
        } else if (event instanceof BuildEvent.Ignored i) {
            events.notice("notice: " + i.path() + ": ignored: " + i.reason());
        }
    }

    /** Whether a second has passed since the service's last output line was shown. */
    private boolean due(String service) {
        long now = nanoTime.getAsLong();
        Long last = lastOutput.get(service);
        if (last != null && now - last < OUTPUT_INTERVAL_NANOS) {
            return false;
        }
        lastOutput.put(service, now);
        return true;
    }
}
