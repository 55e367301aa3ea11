package dev.berth.engine.deploy;

import dev.berth.engine.plan.Change;

/**
 * What happens while an environment is brought up or torn down. The backend emits these and
 * never prints; the shell (CLI, server) decides how to show them.
 */
public sealed interface DeployEvent {

    /** Something the user should know once: a fallback taken, a key ignored. */
    record Notice(String text) implements DeployEvent {
    }

    /** Something was left undone that the user should follow up: a node whose engine did not answer. */
    record Warning(String text) implements DeployEvent {
    }

    /** A resource was created, updated or removed as planned. */
    record Applied(Change change) implements DeployEvent {
    }

    /** A service waits for a dependency to meet its condition. */
    record Waiting(String service, String dependency, Condition condition) implements DeployEvent {
    }

    /** How far a service is: its tasks' state, e.g. 1 of 2 running. */
    record Progress(String service, int ready, int desired, String state) implements DeployEvent {
    }

    /** A service reached its goal: running (and healthy), or completed for a job. */
    record Ready(String service) implements DeployEvent {
    }

    /** A service cannot reach its goal. */
    record Failed(ServiceFailure failure) implements DeployEvent {
    }

    /** A service was not started because a dependency failed. */
    record Blocked(String service, String dependency) implements DeployEvent {
    }
}
