package dev.berth.server.job;

import dev.berth.swarm.build.BuildEvent;
import dev.berth.swarm.build.BuildListener;

/** What preparing images does as job events: what {@code berth up} prints about builds, as data. */
public final class BuildEvents implements BuildListener {

    private final JobEvents events;

    public BuildEvents(JobEvents events) {
        this.events = events;
    }

    @Override
    public synchronized void on(BuildEvent event) {
        if (event instanceof BuildEvent.Step s && s.line().startsWith("Step ")) {
            // the Dockerfile's steps, not every line a build prints
            events.progress(s.service(), "building", s.line());
        } else if (event instanceof BuildEvent.Note n) {
            events.notice(n.line());
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
}
