package dev.berth.app;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for a Berth server: canned answers by method and path, and every request it got,
 * to hold the command line to what it sends and to how it prints what it gets back.
 */
final class FakeServer implements AutoCloseable {

    record Request(String method, String path, String query, String authorization, String body) {
    }

    private record Answer(int status, String contentType, String body) {
    }

    final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final HttpServer http;

    FakeServer() throws IOException {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/", this::handle);
        http.start();
    }

    String url() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    /** {@code "POST /environments/x/plan"}: the API path after /api/v1, without the query. */
    FakeServer json(String request, int status, String body) {
        answers.put(request, new Answer(status, "application/json", body));
        return this;
    }

    /** An error as the server sends one. */
    FakeServer error(String request, int status, String message) {
        return json(request, status, "{\"error\":{\"status\":" + status + ",\"message\":\"" + message
                + "\",\"problems\":[]}}");
    }

    /** Server-sent events: {@code name, data, name, data, …}. */
    FakeServer events(String request, String... nameAndData) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < nameAndData.length; i += 2) {
            body.append("event: ").append(nameAndData[i]).append("\ndata: ").append(nameAndData[i + 1]).append("\n\n");
        }
        answers.put(request, new Answer(200, "text/event-stream", body.toString()));
        return this;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring("/api/v1".length());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Request(exchange.getRequestMethod(), path, exchange.getRequestURI().getQuery(),
                exchange.getRequestHeaders().getFirst("Authorization"), body));
        Answer answer = answers.getOrDefault(exchange.getRequestMethod() + " " + path, new Answer(404,
                "application/json", "{\"error\":{\"status\":404,\"message\":\"no such endpoint\",\"problems\":[]}}"));
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
