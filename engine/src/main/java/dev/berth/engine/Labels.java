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
    /** When the environment expires, ISO-8601; absent = never. */
    public static final String EXPIRES = "dev.berth.expires";

    /** On a module's service and image: the artifacts delivered into it ({@code NAME=sha256:HEX@TARGET,…}). */
    public static final String ARTIFACTS = "dev.berth.artifacts";
    /** On a module's image: the hash of its base image and artifacts, which its tag abbreviates. */
    public static final String MODULE_HASH = "dev.berth.module-hash";
    /** On a compile step's container: the hash of the step's inputs. */
    public static final String COMPILE_INPUTS = "dev.berth.compile-inputs";

    private Labels() {
    }
}
