package dev.berth.server.api;

import dev.berth.compose.problem.Problem;
import java.util.List;

/** A request the API refuses, with the HTTP status and what to tell the client. */
public final class ApiException extends RuntimeException {

    private final int status;
    private final transient List<Problem> problems;

    public ApiException(int status, String message) {
        this(status, message, List.of());
    }

    public ApiException(int status, String message, List<Problem> problems) {
        super(message);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    public int status() {
        return status;
    }

    public List<Problem> problems() {
        return problems;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    static ApiException forbidden(String message) {
        return new ApiException(403, message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    static ApiException notImplemented(String message) {
        return new ApiException(501, message);
    }
}
