package dev.berth.engine;

import java.util.regex.Pattern;

/**
 * The name of one deployed copy of a project, e.g. {@code shop-alice}. DNS-safe, since it
 * prefixes service and network names and is the Swarm stack namespace.
 */
public record EnvironmentName(String value) {

    private static final Pattern VALID = Pattern.compile("[a-z0-9]([a-z0-9-]{0,30}[a-z0-9])?");

    public EnvironmentName {
        if (!VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("environment name \"" + value + "\" is invalid: use 1 to 32 lower-case"
                    + " letters, digits and '-', starting and ending with a letter or digit");
        }
    }

    /** The name of a resource of this environment on the cluster, as {@code docker stack} names them. */
    public String scoped(String name) {
        return value + "_" + name;
    }

    /** The inverse of {@link #scoped}: a resource name of this environment without its prefix; other names as they are. */
    public String unscoped(String name) {
        return name.startsWith(value + "_") ? name.substring(value.length() + 1) : name;
    }

    /**
     * The name in the files of a resource of any environment ({@code shop-alice_web} → {@code web}):
     * an environment name holds no '_', so the prefix ends at the first one.
     */
    public static String keyOf(String scopedName) {
        return scopedName.substring(scopedName.indexOf('_') + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
