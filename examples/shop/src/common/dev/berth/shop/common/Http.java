package dev.berth.shop.common;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;

/** The shop's HTTP: JSON answers served with the JDK's server, and calls to other modules. */
public final class Http {

    /** Answers one request with a value written as JSON; a failure becomes a 503 naming it. */
    public interface Route {
        Object answer(HttpExchange exchange) throws Exception;
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3)).build();

    private Http() {
    }

    public static HttpServer serve(int port, Map<String, Route> routes) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 64);
        routes.forEach((path, route) -> server.createContext(path, exchange -> respond(exchange, route)));
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
        return server;
    }

    private static void respond(HttpExchange exchange, Route route) throws IOException {
        int status = 200;
        Object body;
        try {
            if (!exchange.getRequestURI().getPath().equals(exchange.getHttpContext().getPath())) {
                status = 404;
                body = Map.of("error", "no such path: " + exchange.getRequestURI().getPath());
            } else {
                body = route.answer(exchange);
            }
        } catch (Exception e) {
            status = 503;
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
            error.put("served_by", Self.name());
            body = error;
        }
        byte[] bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A query parameter of the request, or null. */
    public static String query(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    public static Map<String, Object> get(String url) throws IOException, InterruptedException {
        return call(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    public static Map<String, Object> post(String url) throws IOException, InterruptedException {
        return call(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> call(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpRequest r = request.timeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> response = CLIENT.send(r, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(r.method() + " " + r.uri() + ": HTTP " + response.statusCode() + " " + response.body().strip());
        }
        return (Map<String, Object>) Json.parse(response.body());
    }
}
