package dev.berth.compose.schema;

import dev.berth.compose.problem.Position;
import dev.berth.compose.problem.Problem;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One run of the schema over one file: the format it is checked against and the problems found. */
final class Validation {

    private final FileFormat format;
    private final List<Problem> problems = new ArrayList<>();

    Validation(FileFormat format) {
        this.format = format;
    }

    FileFormat format() {
        return format;
    }

    void report(Position at, Path path, String message) {
        problems.add(new Problem(at, path.toString(), message));
    }

    /** Reports a key newer than the declared version; true when it did, so the value is not checked. */
    boolean keyIsGated(Path keyPath, Position keyPosition, String subject) {
        if (format.isSpecification()) {
            return false;
        }
        FormatVersion introduced = FieldVersions.introduced(keyPath);
        if (format.allows(introduced)) {
            return false;
        }
        report(keyPosition, keyPath, format.tooOld(subject, introduced));
        return true;
    }

    /** Reports a syntax newer than the declared version (a long syntax in a 3.1 file); true when it did. */
    boolean syntaxIsGated(Node node, Path path) {
        if (format.isSpecification()) {
            return false;
        }
        Optional<SyntaxVersions.Syntax> syntax = SyntaxVersions.find(path, node);
        if (syntax.isEmpty() || format.allows(syntax.get().introduced())) {
            return false;
        }
        report(node.position(), path, format.tooOld(syntax.get().name(), syntax.get().introduced()));
        return true;
    }

    /** A scratch run with the same format, to try one option of several without reporting. */
    Validation trial() {
        return new Validation(format);
    }

    boolean isClean() {
        return problems.isEmpty();
    }

    List<Problem> problems() {
        return problems.stream().sorted().toList();
    }
}
