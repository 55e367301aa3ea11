package dev.berth.compose.problem;

/**
 * One thing wrong with the input: where it is (file, line, column), the dotted path of the
 * offending node ({@code services.compile.volumes.0}) and what was expected.
 */
public record Problem(Position position, String path, String message) implements Comparable<Problem> {

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        if (!position.file().isEmpty()) {
            out.append(position).append(": ");
        }
        if (!path.isEmpty()) {
            out.append(path).append(": ");
        }
        return out.append(message).toString();
    }

    @Override
    public int compareTo(Problem o) {
        int c = position.file().compareTo(o.position.file());
        if (c == 0) c = Integer.compare(position.line(), o.position.line());
        if (c == 0) c = Integer.compare(position.column(), o.position.column());
        if (c == 0) c = path.compareTo(o.path);
        return c == 0 ? message.compareTo(o.message) : c;
    }
}
