package dev.berth.server.api;

import dev.berth.compose.problem.Problem;
import java.util.List;

/**
 * {@code {"error": {"status", "message", "problems": [{"file","line","column","path","message"}]}}}:
 * the same problems, with the same positions, that the command line prints.
 */
public record ErrorBody(Error error) {

    public record Error(int status, String message, List<ProblemJson> problems) {
    }

    public record ProblemJson(String file, Integer line, Integer column, String path, String message) {
        static ProblemJson of(Problem p) {
            boolean known = p.position().known();
            return new ProblemJson(p.position().file().isEmpty() ? null : p.position().file(),
                    known ? p.position().line() : null, known ? p.position().column() : null,
                    p.path().isEmpty() ? null : p.path(), p.message());
        }
    }

    static ErrorBody of(int status, String message, List<Problem> problems) {
        return new ErrorBody(new Error(status, message, problems.stream().map(ProblemJson::of).toList()));
    }
}
