package dev.berth.swarm.build;

/** What happens while a project's images are made and distributed. */
public sealed interface BuildEvent {

    String service();

    /** A line of the build's output: a Dockerfile step or what it printed. */
    record Step(String service, String line) implements BuildEvent {
    }

    /** The image was built now, or the builder already had it under its content tag. */
    record Ready(String service, ImageOutcome image) implements BuildEvent {
    }

    /** What a build stage did, worth a line of its own on any output (the compile step ran or was unchanged). */
    record Note(String service, String line) implements BuildEvent {
    }

    /** A copy of the image is being sent somewhere: a node's engine or a registry. */
    record Sending(String service, String destination) implements BuildEvent {
    }

    /** A copy arrived (or was already there). */
    record Sent(String service, String destination, boolean alreadyThere) implements BuildEvent {
    }

    /** A key of {@code build:} that this builder does not apply, named by its path. */
    record Ignored(String service, String path, String reason) implements BuildEvent {
    }
}
