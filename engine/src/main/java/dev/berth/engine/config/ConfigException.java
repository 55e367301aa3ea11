package dev.berth.engine.config;

import dev.berth.compose.problem.Problem;
import java.util.List;
import java.util.stream.Collectors;

/** The configuration file is invalid or missing; each problem names its file, line, column and path. */
public final class ConfigException extends RuntimeException {

    private final List<Problem> problems;

    public ConfigException(List<Problem> problems) {
        super(problems.stream().sorted().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = problems.stream().sorted().toList();
    }

    public ConfigException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
