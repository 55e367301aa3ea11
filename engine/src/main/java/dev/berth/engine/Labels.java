package dev.berth.engine;

/**
 * The labels every resource Berth creates carries. The cluster is the source of truth: these
 * labels are how Berth finds, compares and cleans up what it made.
 */
public final class Labels {

    /** What {@code docker stack ls/ps/rm} use, so Berth environments show up there too. */
    public static final String STACK_NAMESPACE = "com.docker.stack.namespace";
    public static final String STACK_IMAGE = "com.docker.stack.image";
    public static final String ENVIRONMENT = "dev.berth.environment";
    public static final String PROJECT = "dev.berth.project";
    /** The compose name of the service, network, volume, config or secret. */
    public static final String RESOURCE = "dev.berth.resource";
    /** Hash of the generated spec; an unchanged hash means the resource is left alone. */
    public static final String SPEC_HASH = "dev.berth.spec-hash";
    public static final String OWNER = "dev.berth.owner";
    /** The team of the server user who made the environment; only that team (and admins) may change it. */
    public static final String TEAM = "dev.berth.team";
    /** When the environment expires, ISO-8601; absent = never. */
    public static final String EXPIRES = "dev.berth.expires";
    /**
     * The services a service depends on, comma separated (absent = none): Swarm keeps no
     * depends_on, and the dashboard draws the graph from this.
     */
    public static final String DEPENDS_ON = "dev.berth.depends-on";

    private Labels() {
    }
}
