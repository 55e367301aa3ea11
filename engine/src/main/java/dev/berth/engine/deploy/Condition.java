package dev.berth.engine.deploy;

/** What a dependent waits for, as {@code depends_on} conditions name it. */
public enum Condition {
    /** The dependency's tasks are running. */
    STARTED("service_started"),
    /** Its tasks are running and their healthcheck passes. */
    HEALTHY("service_healthy"),
    /** It is a one-shot job and every task exited 0. */
    COMPLETED_SUCCESSFULLY("service_completed_successfully");

    private final String composeName;

    Condition(String composeName) {
        this.composeName = composeName;
    }

    public String composeName() {
        return composeName;
    }

    public static Condition ofCompose(String name) {
        for (Condition c : values()) {
            if (c.composeName.equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown depends_on condition \"" + name + "\"");
    }
}
