package dev.berth.swarm.client;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Credentials for an image registry, sent as the Engine API's {@code X-Registry-Auth} header:
 * base64url of a JSON object, as the docker CLI encodes it. {@code identityToken} (a registry's
 * refresh token, from a credential helper or {@code docker login} with a token) stands in for
 * username and password; null when there is none.
 */
public record RegistryAuth(String username, String password, String serverAddress, String identityToken) {

    public static final String HEADER = "X-Registry-Auth";

    public RegistryAuth(String username, String password, String serverAddress) {
        this(username, password, serverAddress, null);
    }

    /** Whether there is anything to log in with: a username and password, or an identity token. */
    public boolean hasCredentials() {
        return identityToken != null && !identityToken.isEmpty()
                || username != null && !username.isEmpty() && password != null && !password.isEmpty();
    }

    /** The fields of the Engine API's AuthConfig, as POST /auth and the header take them. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", username == null ? "" : username);
        fields.put("password", password == null ? "" : password);
        fields.put("serveraddress", serverAddress == null ? "" : serverAddress);
        if (identityToken != null && !identityToken.isEmpty()) {
            fields.put("identitytoken", identityToken);
        }
        return fields;
    }

    public String header() {
        Map<String, String> fields = fields();
        StringBuilder json = new StringBuilder("{");
        fields.forEach((k, v) -> {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(k).append("\":\"").append(escape(v == null ? "" : v)).append('"');
        });
        json.append('}');
        return Base64.getUrlEncoder().encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "RegistryAuth[" + (identityToken != null && !identityToken.isEmpty() ? "<token>" : username) + "@"
                + serverAddress + "]";
    }
}
