package dev.berth.swarm.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.engine.config.BuildSettings;
import dev.berth.swarm.client.RegistryAuth;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

/**
 * The credentials for {@code build.registry}: its username with the password from the
 * environment variable {@code password-env} names, else the registry's entry under
 * {@code auths} in the docker CLI's config.json ({@code $DOCKER_CONFIG} or ~/.docker), else none.
 */
public final class RegistryCredentials {

    private RegistryCredentials() {
    }

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
        RegistryAuth fromDocker = dockerConfig(address, environment);
        if (fromDocker != null) {
            return fromDocker;
        }
        return new RegistryAuth(registry.username() == null ? "" : registry.username(), "", address);
    }

    /** The {@code auths} entry for the registry (keys may carry a scheme), or null. */
    static RegistryAuth dockerConfig(String address, Map<String, String> environment) {
        String dir = environment.get("DOCKER_CONFIG");
        Path file = dir != null && !dir.isBlank() ? Path.of(dir, "config.json")
                : Path.of(environment.getOrDefault("HOME", System.getProperty("user.home")), ".docker", "config.json");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        JsonNode auths;
        try {
            auths = new ObjectMapper().readTree(Files.readAllBytes(file)).path("auths");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
        for (var it = auths.fields(); it.hasNext(); ) {
            var entry = it.next();
            String key = entry.getKey().replaceFirst("^https?://", "").replaceFirst("/.*$", "");
            if (!key.equals(address)) {
                continue;
            }
            String encoded = entry.getValue().path("auth").asText("");
            if (encoded.isEmpty()) {
                return null;
            }
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("the auth of " + entry.getKey() + " in " + file
                        + " is not base64 of user:password");
            }
            return new RegistryAuth(decoded.substring(0, colon), decoded.substring(colon + 1), address);
        }
        return null;
    }
}
