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
     * On a service: which port each published port of the files got ({@code 8080:80/tcp=30001}),
     * so that a re-up keeps them.
     */
    public static final String PUBLISHED_PORTS = "dev.berth.published-ports";

    /** On short-lived probes (host readings, doctor services): which probe, and its unique run. */
    public static final String PROBE = "dev.berth.probe";

    /** On a lock of Berth (a Swarm config {@code berth-lock.<scope>}): its scope, e.g. {@code env.shop-alice}. */
    public static final String LOCK = "dev.berth.lock";
    public static final String LOCK_TOKEN = "dev.berth.lock.token";
    /** User, host and pid of the holder. */
    public static final String LOCK_HOLDER = "dev.berth.lock.holder";
    public static final String LOCK_SINCE = "dev.berth.lock.since";
    public static final String LOCK_LEASE_UNTIL = "dev.berth.lock.lease-until";
    /** Ports an {@code up} holding the lock has claimed and its services do not publish yet. */
    public static final String LOCK_PORTS = "dev.berth.lock.ports";

    /** On a module's service and image: the artifacts delivered into it ({@code NAME=sha256:HEX@TARGET,…}). */
    public static final String ARTIFACTS = "dev.berth.artifacts";
    /**
     * On a module's service: the compile step that produced its artifacts and the hash of that
     * step's inputs ({@code SERVICE@INPUTHASH}), so that {@code berth artifacts NAME} can say where they came from.
     */
    public static final String ARTIFACTS_PRODUCER = "dev.berth.artifacts-producer";
    /** On a module's image: the hash of its base image and artifacts, which its tag abbreviates. */
    public static final String MODULE_HASH = "dev.berth.module-hash";
    /** On a compile step's container: the hash of the step's inputs. */
    public static final String COMPILE_INPUTS = "dev.berth.compile-inputs";
    /** On images Berth builds: the content hash their tag was made from (see ContentTag). */
    public static final String IMAGE_CONTENT = "dev.berth.image-content";

    /**
     * The services a service depends on, comma separated (absent = none): Swarm keeps no
     * depends_on, and the dashboard draws the graph from this.
     */
    public static final String DEPENDS_ON = "dev.berth.depends-on";

    private Labels() {
    }
}
