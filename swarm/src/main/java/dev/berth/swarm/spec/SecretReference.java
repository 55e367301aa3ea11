package dev.berth.swarm.spec;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A service's use of a secret. The engine resolves it by ID, which is known only once the secret exists. */
public record SecretReference(
        @JsonProperty("File") FileTarget file,
        @JsonProperty("SecretID") String secretId,
        @JsonProperty("SecretName") String secretName) {

    public SecretReference withId(String id) {
        return new SecretReference(file, id, secretName);
    }
}
