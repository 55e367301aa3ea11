package dev.berth.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.berth.compose.problem.ComposeException;
import dev.berth.compose.problem.Position;
import dev.berth.compose.problem.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * The command line's side of the server's API: JSON requests with the user's token, errors
 * turned back into what the command line reports (a 400 with problems is an invalid project,
 * as if it had been loaded here), and server-sent events read line by line.
 */
final class ServerClient {

    /** The server refused or failed a request; exits 1 (or 2 for 400). */
    static final class Refused extends RuntimeException {
        final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String token;

    ServerClient(String base, String token) {
        this.base = base;
        this.token = token;
    }

    JsonNode get(String path) {
        return json(send(request(path).GET()));
    }

    JsonNode put(String path, Object body) {
        return json(send(request(path).PUT(HttpRequest.BodyPublishers.ofString(write(body)))));
    }

    JsonNode post(String path, Object body) {
        return json(send(request(path).POST(body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(write(body)))));
    }

    JsonNode delete(String path) {
        return json(send(request(path).DELETE()));
    }

    /** Reads server-sent events until {@code onEvent} returns false or the stream ends. */
    void events(String path, BiPredicate<String, JsonNode> onEvent) {
        HttpRequest request = request(path).header("Accept", "text/event-stream").GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (response.statusCode() >= 400) {
                try (InputStream in = response.body()) {
                    fail(response.statusCode(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String name = "message";
                StringBuilder data = new StringBuilder();
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.isEmpty()) {
                        if (data.length() > 0 && !onEvent.test(name, JSON.readTree(data.toString()))) {
                            return;
                        }
                        name = "message";
                        data.setLength(0);
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).trim();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).trim());
                    }
                }
            }
        } catch (IOException e) {
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + "/api/v1" + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
    }

    private String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofMinutes(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 400) {
                fail(response.statusCode(), response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw unreachable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private IllegalStateException unreachable(IOException e) {
        String why = e instanceof ConnectException ? "nothing answers" : e.getMessage();
        return new IllegalStateException("cannot reach the Berth server at " + base + ": " + why, e);
    }

    private static void fail(int status, String body) {
        JsonNode error;
        try {
            error = JSON.readTree(body).path("error");
        } catch (IOException e) {
            throw new Refused(status, "the server answered " + status + ": " + body);
        }
        List<Problem> problems = new ArrayList<>();
        for (JsonNode p : error.path("problems")) {
            problems.add(new Problem(new Position(p.path("file").asText(""), p.path("line").asInt(0),
                    p.path("column").asInt(0)), p.path("path").asText(""), p.path("message").asText()));
        }
        if (status == 400 && !problems.isEmpty()) {
            throw new ComposeException(problems);
        }
        throw new Refused(status, error.path("message").asText("the server answered " + status));
    }

    private static JsonNode json(String body) {
        try {
            return body == null || body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("the server's answer is not JSON: " + e.getMessage(), e);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
