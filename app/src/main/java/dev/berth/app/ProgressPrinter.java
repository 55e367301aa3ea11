package dev.berth.app;

import dev.berth.engine.deploy.DeployEvent;
import dev.berth.engine.deploy.DeployListener;
import dev.berth.engine.deploy.ServiceFailure;
import dev.berth.engine.plan.Change;
import dev.berth.swarm.build.BuildEvent;
import dev.berth.swarm.build.BuildListener;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Shows build and deploy events: on a terminal a live block with one line per service under the
 * log of what was built and created; elsewhere plain lines; {@code quiet} shows only failures.
 */
final class ProgressPrinter implements DeployListener, BuildListener {

    enum Mode { auto, tty, plain, quiet }

    private static final int STATUS_WIDTH = 60;

    private final PrintWriter out;
    private final Mode mode;
    private final Map<String, String> status = new TreeMap<>();
    private int blockLines;

    ProgressPrinter(PrintWriter out, Mode mode, boolean terminal) {
        this.out = out;
        this.mode = mode == Mode.auto ? (terminal ? Mode.tty : Mode.plain) : mode;
    }

    @Override
    public synchronized void on(DeployEvent event) {
        if (event instanceof DeployEvent.Notice n) {
            log("notice: " + n.text());
        } else if (event instanceof DeployEvent.Warning w) {
            logAlways("warning: " + w.text());
        } else if (event instanceof DeployEvent.Applied a) {
            log(describe(a.change()));
        } else if (event instanceof DeployEvent.Waiting w) {
            service(w.service(), "waiting for " + w.dependency() + " (" + w.condition().composeName() + ")");
        } else if (event instanceof DeployEvent.Progress p) {
            service(p.service(), p.state());
        } else if (event instanceof DeployEvent.Ready r) {
            service(r.service(), "ready");
        } else if (event instanceof DeployEvent.Blocked b) {
            service(b.service(), "not started: dependency " + b.dependency() + " failed");
        } else if (event instanceof DeployEvent.Failed f) {
            failed(f.failure());
        }
        out.flush();
    }

    @Override
    public synchronized void on(BuildEvent event) {
        if (event instanceof BuildEvent.Step s) {
            // on a terminal every line of the build; elsewhere the Dockerfile's steps only
            if (mode == Mode.tty) {
                service(s.service(), "building: " + shortened(s.line()));
            } else if (s.line().startsWith("Step ")) {
                service(s.service(), "build " + s.line());
            }
        } else if (event instanceof BuildEvent.Note n) {
            log(n.line());
        } else if (event instanceof BuildEvent.Ready r) {
            log((r.image().built() ? "built image " : "unchanged image ") + r.image().reference() + " of " + r.service()
                    + " (" + ImageSizes.format(r.image().size()) + ")");
            service(r.service(), "image ready");
        } else if (event instanceof BuildEvent.Sending s) {
            service(s.service(), "sending image to " + s.destination());
        } else if (event instanceof BuildEvent.Sent s && !s.alreadyThere()) {
            log("sent image of " + s.service() + " to " + s.destination());
        } else if (event instanceof BuildEvent.Ignored i) {
            log("notice: " + i.path() + ": ignored: " + i.reason());
        }
        out.flush();
    }

    static String describe(Change c) {
        String verb = switch (c.action()) {
            case CREATE -> "created";
            case UPDATE -> "updated";
            case REMOVE -> "removed";
            case KEEP -> "unchanged";
        };
        String fields = c.changedFields().isEmpty() ? "" : " (" + String.join(", ", c.changedFields()) + ")";
        return verb + " " + c.kind().word() + " " + c.name() + fields;
    }

    private void failed(ServiceFailure f) {
        List<String> lines = new ArrayList<>();
        lines.add(f.service() + ": FAILED" + (f.node() == null || f.node().isEmpty() ? "" : " on " + f.node()) + ": "
                + f.getMessage());
        if (!f.lastLogLines().isEmpty()) {
            lines.add("  last log lines of " + f.service() + ":");
            f.lastLogLines().forEach(l -> lines.add("    | " + l));
        }
        if (mode == Mode.tty) {
            status.put(f.service(), "FAILED");
        }
        lines.forEach(this::logAlways);
    }

    private void service(String service, String state) {
        switch (mode) {
            case plain -> out.println(service + ": " + state);
            case tty -> {
                status.put(service, state);
                redraw(null);
            }
            default -> { }
        }
    }

    private void log(String line) {
        if (mode != Mode.quiet) {
            logAlways(line);
        }
    }

    private void logAlways(String line) {
        if (mode == Mode.tty) {
            redraw(line);
        } else {
            out.println(line);
        }
    }

    /** Clears the live block, prints {@code line} above it (if any), and draws the block again. */
    private void redraw(String line) {
        if (blockLines > 0) {
            out.print("\033[" + blockLines + "A");
        }
        if (line != null) {
            out.print("\033[2K" + line + "\n");
        }
        int width = status.keySet().stream().mapToInt(String::length).max().orElse(0);
        for (Map.Entry<String, String> e : status.entrySet()) {
            out.print("\033[2K " + pad(e.getKey(), width) + "  " + e.getValue() + "\n");
        }
        blockLines = status.size();
    }

    /** A status line must not wrap on a terminal, or the redraw moves up too few lines. */
    private static String shortened(String line) {
        return line.length() <= STATUS_WIDTH ? line : line.substring(0, STATUS_WIDTH - 1) + "…";
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
