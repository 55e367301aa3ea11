package dev.berth.server.job;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.berth.engine.EnvironmentName;
import dev.berth.engine.deploy.DeployEvent;
import dev.berth.engine.deploy.DeployListener;
import dev.berth.engine.deploy.ServiceFailure;
import dev.berth.engine.plan.ResourceKind;

/** The engine's deploy events as job events: what the command line prints, as data. */
public final class DeployEvents implements DeployListener {

    private final JobEvents events;

    public DeployEvents(JobEvents events) {
        this.events = events;
    }

    @Override
    public void on(DeployEvent event) {
        if (event instanceof DeployEvent.Notice n) {
            events.notice(n.text());
        } else if (event instanceof DeployEvent.Warning w) {
            events.notice("warning: " + w.text());
        } else if (event instanceof DeployEvent.Applied a) {
            // a service under its key in the files, as the other events name it: one row per service
            String name = a.change().kind() == ResourceKind.SERVICE ? EnvironmentName.keyOf(a.change().name())
                    : a.change().name();
            events.progress(name, a.change().action().name().toLowerCase(),
                    a.change().kind().word() + " " + a.change().name() + " " + verb(a.change().action().name()));
        } else if (event instanceof DeployEvent.Waiting w) {
            events.progress(w.service(), "waiting", "waits for " + w.dependency() + " (" + w.condition() + ")");
        } else if (event instanceof DeployEvent.Progress p) {
            events.progress(p.service(), p.state(), p.ready() + "/" + p.desired() + " " + p.state());
        } else if (event instanceof DeployEvent.Ready r) {
            events.progress(r.service(), "ready", r.service() + " is ready");
        } else if (event instanceof DeployEvent.Failed f) {
            events.emit("failed", failure(f.failure()));
        } else if (event instanceof DeployEvent.Blocked b) {
            events.emit("failed", events.object().put("service", b.service())
                    .put("message", "not started: its dependency " + b.dependency() + " failed"));
        }
    }

    private ObjectNode failure(ServiceFailure f) {
        ObjectNode data = events.object().put("service", f.service()).put("message", f.getMessage())
                .put("node", f.node());
        if (f.exitCode() != null) {
            data.put("exitCode", f.exitCode());
        }
        f.lastLogLines().forEach(data.putArray("logs")::add);
        return data;
    }

    private static String verb(String action) {
        return switch (action) {
            case "CREATE" -> "created";
            case "UPDATE" -> "updated";
            case "REMOVE" -> "removed";
            default -> action.toLowerCase();
        };
    }
}
