package dev.berth.swarm.client;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Credentials for an image registry, sent as the Engine API's {@code X-Registry-Auth} header:
 * base64url of a JSON object, as the docker CLI encodes it.
 */
public record RegistryAuth(String username, String password, String serverAddress) {

    public static final String HEADER = "X-Registry-Auth";

    public String header() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("password", password);
        fields.put("serveraddress", serverAddress);
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
        return "RegistryAuth[" + username + "@" + serverAddress + "]";
    }
}
