package dev.berth.swarm.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * JSON over HTTP to one engine, pinned to Engine API 1.41 (Docker 20.10), the first with Swarm
 * jobs. Typed calls live in {@link SwarmClient}; this class only moves bytes and maps errors.
 */
public final class EngineApi implements AutoCloseable {

    static final String VERSION = "/v1.41";

    private final DockerEndpoint endpoint;
    private final DockerHttpClient http;
    private final ObjectMapper json;

    public EngineApi(DockerEndpoint endpoint, ObjectMapper json) {
        this.endpoint = endpoint;
        this.http = DockerConnection.open(endpoint);
        this.json = json;
    }

    public DockerEndpoint endpoint() {
        return endpoint;
    }

    public JsonNode get(String path) {
        return call(DockerHttpClient.Request.Method.GET, path, null);
    }

    public JsonNode post(String path, Object body) {
        return call(DockerHttpClient.Request.Method.POST, path, body);
    }

    public JsonNode delete(String path) {
        return call(DockerHttpClient.Request.Method.DELETE, path, null);
    }

    /** A streaming response (logs, events); the caller closes it. */
    public DockerHttpClient.Response stream(String path) {
        DockerHttpClient.Response response = execute(request(DockerHttpClient.Request.Method.GET, path, null));
        if (response.getStatusCode() >= 400) {
            try (response) {
                throw error(response.getStatusCode(), response.getBody());
            }
        }
        return response;
    }

    /** GET with extra headers (X-Registry-Auth). */
    public JsonNode get(String path, Map<String, String> headers) {
        DockerHttpClient.Request.Builder builder = requestBuilder(DockerHttpClient.Request.Method.GET, path, null);
        headers.forEach(builder::putHeader);
        return read(execute(builder.build()));
    }

    /** POST with a JSON body and extra headers (X-Registry-Auth). */
    public JsonNode post(String path, Object body, Map<String, String> headers) {
        DockerHttpClient.Request.Builder builder = requestBuilder(DockerHttpClient.Request.Method.POST, path, body);
        headers.forEach(builder::putHeader);
        return read(execute(builder.build()));
    }

    /**
     * Sends a raw body (a tar: build context, image) or none, with extra headers, and returns the
     * streamed response for the caller to read and close; an error status is raised at once.
     */
    public DockerHttpClient.Response send(DockerHttpClient.Request.Method method, String path, InputStream body,
                                          String contentType, Map<String, String> headers) {
        DockerHttpClient.Request.Builder builder = DockerHttpClient.Request.builder().method(method).path(VERSION + path);
        if (body != null) {
            builder.putHeader("Content-Type", contentType).body(body);
        }
        headers.forEach(builder::putHeader);
        DockerHttpClient.Response response = execute(builder.build());
        if (response.getStatusCode() >= 400) {
            try (response) {
                throw error(response.getStatusCode(), response.getBody());
            }
        }
        return response;
    }

    /** The JSON messages of a progress stream (build, push, load), one call each, until it ends. */
    public void messages(InputStream in, java.util.function.Consumer<JsonNode> each) throws IOException {
        try (com.fasterxml.jackson.databind.MappingIterator<JsonNode> it = json.readerFor(JsonNode.class).readValues(in)) {
            while (it.hasNextValue()) {
                each.accept(it.nextValue());
            }
        }
    }

    /** Sends a tar to a container's file system ({@code PUT /containers/{id}/archive}). */
    public JsonNode putRaw(String path, InputStream body, String contentType) {
        DockerHttpClient.Request request = DockerHttpClient.Request.builder()
                .method(DockerHttpClient.Request.Method.PUT)
                .path(VERSION + path)
                .putHeader("Content-Type", contentType)
                .body(body)
                .build();
        return read(execute(request));
    }

    private JsonNode call(DockerHttpClient.Request.Method method, String path, Object body) {
        return read(execute(request(method, path, body)));
    }

    /** The transport wraps socket errors in RuntimeException; say plainly which engine could not be reached. */
    private DockerHttpClient.Response execute(DockerHttpClient.Request request) {
        try {
            return http.execute(request);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new EngineUnreachableException(endpoint, cause);
        }
    }

    private DockerHttpClient.Request request(DockerHttpClient.Request.Method method, String path, Object body) {
        return requestBuilder(method, path, body).build();
    }

    private DockerHttpClient.Request.Builder requestBuilder(DockerHttpClient.Request.Method method, String path, Object body) {
        DockerHttpClient.Request.Builder builder = DockerHttpClient.Request.builder().method(method).path(VERSION + path);
        if (body != null) {
            try {
                builder.putHeader("Content-Type", "application/json").body(
                        new java.io.ByteArrayInputStream(json.writeValueAsBytes(body)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return builder;
    }

    private JsonNode read(DockerHttpClient.Response response) {
        try (response) {
            if (response.getStatusCode() >= 400) {
                throw error(response.getStatusCode(), response.getBody());
            }
            byte[] bytes = response.getBody().readAllBytes();
            return bytes.length == 0 ? MissingNode.getInstance() : json.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot talk to the Docker engine at " + endpoint + ": " + e.getMessage(), e);
        }
    }

    private EngineException error(int status, InputStream body) {
        String message;
        try {
            byte[] bytes = body.readAllBytes();
            JsonNode node = bytes.length == 0 ? MissingNode.getInstance() : json.readTree(bytes);
            message = node.path("message").asText(new String(bytes, StandardCharsets.UTF_8).trim());
        } catch (IOException e) {
            message = "HTTP " + status;
        }
        return new EngineException(status, message);
    }

    /** {@code ?filters=} as the API wants it: a JSON object of name → list of values. */
    public String filters(Map<String, java.util.List<String>> filters) {
        try {
            return "filters=" + URLEncoder.encode(json.writeValueAsString(filters), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            http.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
