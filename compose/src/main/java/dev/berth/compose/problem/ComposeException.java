package dev.berth.compose.problem;

import java.util.List;
import java.util.stream.Collectors;

/** The input is invalid; carries every problem found in one load, in file order. */
public final class ComposeException extends RuntimeException {

    private final List<Problem> problems;

    public ComposeException(List<Problem> problems) {
        super(problems.stream().sorted().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = problems.stream().sorted().toList();
    }

    public ComposeException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
