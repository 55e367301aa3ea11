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

    @Override
    public String toString() {
        return value;
    }
}
