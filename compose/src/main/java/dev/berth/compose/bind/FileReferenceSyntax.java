package dev.berth.compose.bind;

import dev.berth.compose.model.FileReference;
import dev.berth.compose.tree.MapNode;
import dev.berth.compose.tree.Node;
import dev.berth.compose.tree.Path;
import dev.berth.compose.tree.ScalarKind;
import dev.berth.compose.tree.ScalarNode;
import dev.berth.compose.tree.SeqNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A service's configs and secrets, short syntax ({@code - token}) to long ({@code source: token}).
 * A secret without a target is mounted at {@code /run/secrets/<source>}, as compose-spec says;
 * a config keeps no target, so that each backend applies its own default. Every source is noted
 * as a reference to the top-level configs or secrets.
 */
final class FileReferenceSyntax {

    private FileReferenceSyntax() {
    }

    static List<FileReference> bind(SeqNode seq, Path path, Scalars scalars, References refs, References.Kind kind,
            boolean defaultSecretTarget) {
        List<FileReference> out = new ArrayList<>();
        for (int i = 0; i < seq.length(); i++) {
            Node item = seq.get(i);
            Path at = path.index(i);
            FileReference ref = null;
            if (item instanceof MapNode map) {
                Fields f = new Fields(map, at, scalars);
                ref = new FileReference(f.string("source"), f.string("target"), f.string("uid"), f.string("gid"),
                        mode(f.take("mode"), at.child("mode"), scalars), f.extensions());
                f.done();
                if (ref.source() == null) {
                    scalars.report(item, at, "a " + kind.singular + " reference needs a source");
                } else {
                    refs.add(kind, ref.source(), map.get("source").position(), at.child("source"));
                }
            } else {
                String source = scalars.text(item, at);
                if (source != null) {
                    ref = new FileReference(source, null, null, null, null, null);
                    refs.add(kind, source, item.position(), at);
                }
            }
            if (ref != null && ref.source() != null) {
                if (defaultSecretTarget && ref.target() == null) {
                    ref = new FileReference(ref.source(), "/run/secrets/" + ref.source(), ref.uid(), ref.gid(),
                            ref.mode(), ref.extensions());
                }
                out.add(ref);
            }
        }
        return out;
    }

    /**
     * A file mode. Written as a string it is octal ({@code "0440"}), as compose-go reads it; an
     * integer with a leading zero is octal too, as YAML 1.1 (and so {@code docker compose}) reads it.
     */
    static Long mode(Node node, Path path, Scalars scalars) {
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode s && !s.isNull()) {
            String text = s.text().trim();
            boolean octal = s.kind() == ScalarKind.STRING || (text.length() > 1 && text.startsWith("0")
                    && text.chars().allMatch(Character::isDigit));
            if (text.startsWith("0o")) {
                text = text.substring(2);
                octal = true;
            }
            try {
                return Long.parseLong(text, octal ? 8 : 10);
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        scalars.report(node, path, "expected a file mode such as \"0440\", found " + Scalars.describe(node));
        return null;
    }
}
