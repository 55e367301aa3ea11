package dev.berth.swarm.build;

import dev.berth.engine.config.BuildSettings;
import dev.berth.swarm.client.RegistryAuth;
import java.util.Map;

/**
 * The credentials for {@code build.registry}: its username with the password from the
 * environment variable {@code password-env} names, else what the docker CLI's config.json
 * ({@code $DOCKER_CONFIG} or ~/.docker) holds for the registry, through its credential helpers or
 * its {@code auths} (see {@link DockerConfigCredentials}), else none.
 */
public final class RegistryCredentials {

    private RegistryCredentials() {
    }

    /**
     * @param environment the variables password-env names, HOME and DOCKER_CONFIG, and the PATH
     *                    and environment credential helpers run with
     * @throws IllegalArgumentException when password-env names an unset variable, a credential
     *                                  helper is missing or fails, or config.json cannot be read
     */
    public static RegistryAuth resolve(BuildSettings.Registry registry, Map<String, String> environment) {
        String address = registry.address();
        if (registry.passwordEnv() != null) {
            String password = environment.get(registry.passwordEnv());
            if (password == null) {
                throw new IllegalArgumentException("build.registry.password-env names " + registry.passwordEnv()
                        + ", which is not set in the environment");
            }
            if (registry.username() == null) {
                throw new IllegalArgumentException("build.registry.password-env needs build.registry.username");
            }
            return new RegistryAuth(registry.username(), password, address);
        }
        RegistryAuth fromDocker = DockerConfigCredentials.find(address, environment);
        if (fromDocker != null) {
            return fromDocker;
        }
        return new RegistryAuth(registry.username() == null ? "" : registry.username(), "", address);
    }
}
