package dev.berth.engine.deploy;

/** Receives deploy events; called from several threads, so implementations synchronise. */
@FunctionalInterface
public interface DeployListener {

    void on(DeployEvent event);

    DeployListener NONE = event -> { };
}
