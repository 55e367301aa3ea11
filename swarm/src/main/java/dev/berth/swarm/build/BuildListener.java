package dev.berth.swarm.build;

/** Receives what preparing images does, as it happens; it never prints itself. */
@FunctionalInterface
public interface BuildListener {

    BuildListener NONE = event -> { };

    void on(BuildEvent event);
}
