package dev.berth.swarm.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.swarm.client.RegistryAuth;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * A registry's credentials as the docker CLI finds them in its config.json ({@code $DOCKER_CONFIG}
 * or ~/.docker): the credential helper {@code credHelpers} names for the registry, else the one
 * {@code credsStore} names, else the registry's entry under {@code auths} (its keys may carry a
 * scheme and a path). With a helper, {@code auths} is not read for credentials, as with the CLI.
 */
final class DockerConfigCredentials {

    /** The key the docker CLI stores Docker Hub's credentials under. */
    static final String DOCKER_HUB = "https://index.docker.io/v1/";
    private static final Set<String> HUB_NAMES = Set.of("docker.io", "index.docker.io", "registry-1.docker.io");

    private DockerConfigCredentials() {
    }

    /** The config file the docker CLI reads with this environment. */
    static Path file(Map<String, String> environment) {
        String dir = environment.get("DOCKER_CONFIG");
        return dir != null && !dir.isBlank() ? Path.of(dir, "config.json")
                : Path.of(environment.getOrDefault("HOME", System.getProperty("user.home")), ".docker", "config.json");
    }

    /** The credentials for {@code address} (host[:port]), or null when the config has none. */
    static RegistryAuth find(String address, Map<String, String> environment) {
        Path file = file(environment);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        JsonNode config;
        try {
            config = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
        if (config == null || !config.isObject()) {
            throw new IllegalArgumentException("cannot read " + file + ": not a JSON object");
        }
        String key = HUB_NAMES.contains(address) ? DOCKER_HUB : address;
        CredentialHelper helper = helper(config, key, file);
        if (helper != null) {
            return helper.get(key, address, environment);
        }
        return auths(config.path("auths"), key, address, file);
    }

    /** {@code credHelpers[key]} wins over {@code credsStore}; an empty name means the file itself. */
    private static CredentialHelper helper(JsonNode config, String key, Path file) {
        JsonNode perRegistry = config.path("credHelpers").get(key);
        if (perRegistry != null && !perRegistry.isNull()) {
            String name = perRegistry.asText("");
            return name.isEmpty() ? null : new CredentialHelper(name, "credHelpers[\"" + key + "\"] in " + file);
        }
        String store = config.path("credsStore").asText("");
        return store.isEmpty() ? null : new CredentialHelper(store, "credsStore in " + file);
    }

    private static RegistryAuth auths(JsonNode auths, String key, String address, Path file) {
        JsonNode entry = auths.get(key);
        String name = key;
        if (entry == null) {
            for (var it = auths.fields(); it.hasNext(); ) {
                var e = it.next();
                if (hostname(e.getKey()).equals(key)) {
                    entry = e.getValue();
                    name = e.getKey();
                    break;
                }
            }
        }
        if (entry == null) {
            return null;
        }
        String token = entry.path("identitytoken").asText("");
        String encoded = entry.path("auth").asText("");
        if (encoded.isEmpty()) {
            return token.isEmpty() ? null : new RegistryAuth("", "", address, token);
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = "";
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("the auth of " + name + " in " + file
                    + " is not base64 of user:password");
        }
        return new RegistryAuth(decoded.substring(0, colon), decoded.substring(colon + 1), address,
                token.isEmpty() ? null : token);
    }

    /** As the docker CLI reads a legacy key: without scheme and path. */
    private static String hostname(String key) {
        return key.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "").replaceFirst("/.*$", "");
    }
}
