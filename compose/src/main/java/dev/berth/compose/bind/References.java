package dev.berth.compose.bind;

import dev.berth.compose.problem.Position;
import dev.berth.compose.tree.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The names a service refers to, noted while it is bound and checked once every top-level
 * element is known; each keeps the position and path of the reference for the message.
 */
final class References {

    /** What a name refers to; the word is used in messages. */
    enum Kind {
        SERVICE("service", "services"),
        NETWORK("network", "networks"),
        VOLUME("volume", "volumes"),
        CONFIG("config", "configs"),
        SECRET("secret", "secrets");

        final String singular;
        final String plural;

        Kind(String singular, String plural) {
            this.singular = singular;
            this.plural = plural;
        }
    }

    record Reference(Kind kind, String name, Position position, Path path) {
    }

    private final List<Reference> list = new ArrayList<>();

    void add(Kind kind, String name, Position position, Path path) {
        list.add(new Reference(kind, name, position, path));
    }

    List<Reference> list() {
        return List.copyOf(list);
    }
}
